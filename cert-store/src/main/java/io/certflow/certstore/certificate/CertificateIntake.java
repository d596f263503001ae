package io.certflow.certstore.certificate;

import io.certflow.certstore.order.KnownOrder;
import io.certflow.certstore.order.OrderDirectory;
import io.certflow.events.CertificateIssued;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.certflow.messaging.inbox.OrderLocks;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes {@code certificate.issued} in: keyed by Sectigo's number, it may come before cert-store
 * knows the order (its order.placed or order.requested is on another topic). Then it waits as a
 * pending certificate, neither dropped nor dead-lettered, and is processed when the order arrives.
 */
@Singleton
public class CertificateIntake {

    private static final String CONSUMER = "cert-store.certificate-issued";

    private final OrderDirectory directory;
    private final OrderLocks locks;
    private final Inbox inbox;
    private final PendingCertificateRepository pending;
    private final CertificateAcceptance acceptance;
    private final Clock clock;

    CertificateIntake(OrderDirectory directory, OrderLocks locks, Inbox inbox,
                      PendingCertificateRepository pending, CertificateAcceptance acceptance, Clock clock) {
        this.directory = directory;
        this.locks = locks;
        this.inbox = inbox;
        this.pending = pending;
        this.acceptance = acceptance;
        this.clock = clock;
    }

    public void receive(CertificateIssued delivery) {
        inbox.handle(CONSUMER, delivery, OrderKey.sectigoNumber(delivery.sectigoOrderNumber()), () -> {
            Optional<UUID> orderId = directory.orderIdOf(delivery.sectigoOrderNumber(), delivery.orderId());
            orderId.ifPresent(locks::lockOrder);
            Optional<KnownOrder> order = orderId.flatMap(directory::find);
            if (order.isPresent()) {
                acceptance.accept(delivery, order.get());
            } else {
                pending.save(PendingCertificate.of(delivery, clock.instant()));
            }
        });
    }

    /** Processes what waited for this order, in the transaction (and under the locks) that made it known. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void release(UUID orderId) {
        Optional<KnownOrder> order = directory.find(orderId);
        if (order.isEmpty()) {
            return;
        }
        List<PendingCertificate> waiting = new ArrayList<>(pending.findByOrderIdOrderByReceivedAt(orderId));
        for (String number : directory.sectigoNumbersOf(orderId)) {
            waiting.addAll(pending.findByOrderIdIsNullAndSectigoOrderNumberOrderByReceivedAt(number));
        }
        for (PendingCertificate certificate : waiting) {
            acceptance.accept(certificate.delivery(), order.get());
            pending.delete(certificate);
        }
    }
}
