package io.certflow.certstore.order;

import io.certflow.events.CertificateType;
import io.certflow.events.OrderRequested;
import io.certflow.events.RequestFacts;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps what cert-store learns about orders from order.requested, once per event and once per
 * order, and tells waiting certificates ({@link OrderArrived}) within the same transaction.
 * Sectigo's order number is not needed: every event about a certificate carries the order id.
 */
@Singleton
public class OrderDirectory {

    private static final String REQUESTED = "cert-store.order-requested";

    private final OrderRequestRepository requests;
    private final Inbox inbox;
    private final ApplicationEventPublisher<OrderArrived> arrivals;
    private final Clock clock;

    public OrderDirectory(OrderRequestRepository requests, Inbox inbox,
                          ApplicationEventPublisher<OrderArrived> arrivals, Clock clock) {
        this.requests = requests;
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
                clock.instant(), typeOf(event), event.replacesOrderId(), event.tenant()));
        arrivals.publishEvent(new OrderArrived(event.orderId()));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<KnownOrder> find(UUID orderId) {
        return requests.findById(orderId).map(OrderRequest::known);
    }

    private static CertificateType typeOf(OrderRequested event) {
        return event.order().type() == null ? CertificateType.SSL : event.order().type();
    }
}
