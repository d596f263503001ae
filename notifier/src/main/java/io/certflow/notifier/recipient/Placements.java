package io.certflow.notifier.recipient;

import io.certflow.events.OrderPlaced;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code order.placed} told about an order, read by order id: its Sectigo number, which
 * reminders and refusals name, and the order a replacement replaces with that order's number.
 * Events are never joined to an order through the Sectigo number: they carry {@code orderId}.
 */
@Singleton
public class Placements {

    private final PlacedOrderRepository placedOrders;
    private final Clock clock;

    public Placements(PlacedOrderRepository placedOrders, Clock clock) {
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
