package io.certflow.certstore.certificate;

import io.certflow.certstore.order.KnownOrder;
import io.certflow.certstore.order.OrderDirectory;
import io.certflow.events.CertificateIssued;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes {@code certificate.issued} in. It names its order, but may come before cert-store has read
 * that order's {@code order.requested} (another topic), which says what the certificate must match.
 * Then it waits as a pending certificate of that order, neither dropped nor dead-lettered, and is
 * processed in the transaction that records the request. Both take the order's lock, so neither
 * misses the other.
 */
@Singleton
public class CertificateIntake {

    private static final String CONSUMER = "cert-store.certificate-issued";

    private final OrderDirectory directory;
    private final Inbox inbox;
    private final PendingCertificateRepository pending;
    private final CertificateAcceptance acceptance;
    private final Clock clock;

    CertificateIntake(OrderDirectory directory, Inbox inbox, PendingCertificateRepository pending,
                      CertificateAcceptance acceptance, Clock clock) {
        this.directory = directory;
        this.inbox = inbox;
        this.pending = pending;
        this.acceptance = acceptance;
        this.clock = clock;
    }

    public void receive(CertificateIssued delivery) {
        inbox.handle(CONSUMER, delivery, OrderKey.order(delivery.orderId()), () -> {
            Optional<KnownOrder> order = directory.find(delivery.orderId());
            if (order.isPresent()) {
                acceptance.accept(delivery, order.get());
            } else {
                pending.save(PendingCertificate.of(delivery, clock.instant()));
            }
        });
    }

    /** Processes what waited for this order, in the transaction (and under the lock) that made it known. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void release(UUID orderId) {
        Optional<KnownOrder> order = directory.find(orderId);
        if (order.isEmpty()) {
            return;
        }
        for (PendingCertificate certificate : pending.findByOrderIdOrderByReceivedAt(orderId)) {
            acceptance.accept(certificate.delivery(), order.get());
            pending.delete(certificate);
        }
    }
}
