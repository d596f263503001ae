package io.certflow.certstore.order;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.RequestFacts;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps what cert-store learns about orders from order.requested and order.placed, once per event
 * and once per order, and tells waiting certificates ({@link OrderArrived}) within the same
 * transaction.
 */
@Singleton
public class OrderDirectory {

    private static final String REQUESTED = "cert-store.order-requested";
    private static final String PLACED = "cert-store.order-placed";

    private final OrderRequestRepository requests;
    private final OrderPlacementRepository placements;
    private final Inbox inbox;
    private final ApplicationEventPublisher<OrderArrived> arrivals;
    private final Clock clock;

    public OrderDirectory(OrderRequestRepository requests, OrderPlacementRepository placements,
                          Inbox inbox, ApplicationEventPublisher<OrderArrived> arrivals,
                          Clock clock) {
        this.requests = requests;
        this.placements = placements;
        this.inbox = inbox;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    public void recordRequest(OrderRequested event) {
        inbox.handle(REQUESTED, event, OrderKey.order(event.orderId()), () -> {
            if (!requests.existsById(event.orderId())) {
                record(event);
            }
        });
    }

    private void record(OrderRequested event) {
        RequestFacts facts = event.requireFacts();
        requests.save(new OrderRequest(event.orderId(), facts.publicKeySha256(), facts.orderedNames(),
                clock.instant(), typeOf(event), event.replacesOrderId()));
        arrivals.publishEvent(new OrderArrived(event.orderId()));
    }

    public void recordPlacement(OrderPlaced event) {
        inbox.handle(PLACED, event, OrderKey.of(event.sectigoOrderNumber(), event.orderId()), () -> {
            if (!placements.existsById(event.sectigoOrderNumber())) {
                placements.save(new OrderPlacement(event.sectigoOrderNumber(), event.orderId(), clock.instant()));
                arrivals.publishEvent(new OrderArrived(event.orderId()));
            }
        });
    }

    /** The order a delivery belongs to: the id it carries, else the one its Sectigo number was placed for. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<UUID> orderIdOf(String sectigoOrderNumber, @Nullable UUID carriedOrderId) {
        return carriedOrderId != null ? Optional.of(carriedOrderId)
                : placements.findById(sectigoOrderNumber).map(OrderPlacement::orderId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<KnownOrder> find(UUID orderId) {
        return requests.findById(orderId).map(OrderRequest::known);
    }

    private static CertificateType typeOf(OrderRequested event) {
        return event.order().type() == null ? CertificateType.SSL : event.order().type();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<String> sectigoNumbersOf(UUID orderId) {
        return placements.findByOrderId(orderId).stream().map(OrderPlacement::sectigoOrderNumber).toList();
    }
}
