package io.certflow.notifier.recipient;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.OrderPlaced;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Joins what the events say about one order: Sectigo's order number to certflow's order id (a push
 * carries only the former), and a replacement to the order it replaces.
 */
@Singleton
public class OrderJoins {

    private final PlacedOrderRepository placedOrders;
    private final Clock clock;

    public OrderJoins(PlacedOrderRepository placedOrders, Clock clock) {
        this.placedOrders = placedOrders;
        this.clock = clock;
    }

    /** Learns the order's Sectigo number; a repeated {@code order.placed} changes nothing. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void remember(OrderPlaced placed) {
        if (!placedOrders.existsById(placed.orderId())) {
            placedOrders.save(PlacedOrder.of(placed, clock.instant()));
        }
    }

    /**
     * The order a status change is about: its own {@code orderId}, else the one placed under its
     * number (the latest, should a number ever have been given twice).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<UUID> orderOf(CertificateStatusChanged changed) {
        if (changed.orderId() != null) {
            return Optional.of(changed.orderId());
        }
        return placedOrders.findFirstBySectigoOrderNumberOrderByPlacedAtDesc(changed.sectigoOrderNumber())
                .map(PlacedOrder::orderId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OrderFacts factsOf(Recipient recipient) {
        Optional<PlacedOrder> placed = placedOrders.findById(recipient.orderId());
        UUID replaced = recipient.replacesOrderId() != null ? recipient.replacesOrderId()
                : placed.map(PlacedOrder::replacesOrderId).orElse(null);
        Replacement replacement = replaced == null ? null : new Replacement(replaced,
                placedOrders.findById(replaced).map(PlacedOrder::sectigoOrderNumber).orElse(null),
                Boolean.TRUE.equals(recipient.revokeReplaced()));
        return new OrderFacts(recipient, placed.map(PlacedOrder::sectigoOrderNumber).orElse(null), replacement);
    }
}
