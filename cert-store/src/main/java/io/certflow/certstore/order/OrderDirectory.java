package io.certflow.certstore.order;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.messaging.inbox.IdempotentConsumer;
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
    private final IdempotentConsumer inbox;
    private final JoinLocks locks;
    private final ApplicationEventPublisher<OrderArrived> arrivals;
    private final Clock clock;

    public OrderDirectory(OrderRequestRepository requests, OrderPlacementRepository placements,
                          IdempotentConsumer inbox, JoinLocks locks, ApplicationEventPublisher<OrderArrived> arrivals,
                          Clock clock) {
        this.requests = requests;
        this.placements = placements;
        this.inbox = inbox;
        this.locks = locks;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    @Transactional
    public void recordRequest(OrderRequested event) {
        locks.lockOrder(event.orderId());
        if (!inbox.firstDelivery(REQUESTED, event.metadata().eventId()) || requests.existsById(event.orderId())) {
            return;
        }
        CsrFacts csr = CsrFacts.of(event.order().csr());
        requests.save(new OrderRequest(event.orderId(), csr.subjectPublicKeyInfo(),
                OrderedNames.of(csr.commonName(), event.order()), clock.instant(), typeOf(event),
                event.replacesOrderId()));
        arrivals.publishEvent(new OrderArrived(event.orderId()));
    }

    @Transactional
    public void recordPlacement(OrderPlaced event) {
        locks.lockSectigoNumber(event.sectigoOrderNumber());
        locks.lockOrder(event.orderId());
        if (!inbox.firstDelivery(PLACED, event.metadata().eventId())
                || placements.existsById(event.sectigoOrderNumber())) {
            return;
        }
        placements.save(new OrderPlacement(event.sectigoOrderNumber(), event.orderId(), clock.instant()));
        arrivals.publishEvent(new OrderArrived(event.orderId()));
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
