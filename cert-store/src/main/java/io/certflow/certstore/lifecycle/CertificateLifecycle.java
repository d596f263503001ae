package io.certflow.certstore.lifecycle;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateHistory;
import io.certflow.certstore.certificate.CertificateRepository;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.inbox.OrderKey;
import io.certflow.messaging.inbox.OrderLocks;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored certificate's later life: revoked (certificate.revoked, or a revoked push) or replaced (a
 * replacement order's certificate stored, or a replaced push). Each fact is kept and applied to the
 * certificates it concerns now, and to a certificate stored later ({@link #settle}), so the topics
 * may arrive in any order. Every fact names its order; the order's lock, which certificate intake
 * takes too, serializes the two.
 */
@Singleton
public class CertificateLifecycle implements CertificateHistory {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateLifecycle.class);
    private static final String REVOKED = "cert-store.certificate-revoked";
    private static final String STATUS_CHANGED = "cert-store.certificate-status-changed";

    private final LifecycleFactRepository facts;
    private final CertificateRepository certificates;
    private final OrderLocks locks;
    private final Inbox inbox;
    private final Clock clock;

    CertificateLifecycle(LifecycleFactRepository facts, CertificateRepository certificates, OrderLocks locks,
                         Inbox inbox, Clock clock) {
        this.facts = facts;
        this.certificates = certificates;
        this.locks = locks;
        this.inbox = inbox;
        this.clock = clock;
    }

    public void revoked(CertificateRevoked event) {
        inbox.handle(REVOKED, event, OrderKey.order(event.orderId()), () -> record(
                LifecycleFact.revoked(event.orderId(), event.revokedAt(), event.reason(), clock.instant())));
    }

    /** Only REVOKED and REPLACED change a stored certificate; every other status is not this service's. */
    public void statusChanged(CertificateStatusChanged event) {
        if (event.status() != CertificateStatus.REVOKED && event.status() != CertificateStatus.REPLACED) {
            return;
        }
        inbox.handle(STATUS_CHANGED, event, OrderKey.order(event.orderId()), () -> {
            Instant at = event.metadata().occurredAt();
            record(event.status() == CertificateStatus.REVOKED
                    ? LifecycleFact.revoked(event.orderId(), at, null, clock.instant())
                    : LifecycleFact.replaced(event.orderId(), at, null, clock.instant()));
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void replacedBy(UUID replacedOrderId, Certificate successor) {
        locks.lockOrder(replacedOrderId);
        record(LifecycleFact.replaced(replacedOrderId, successor.storedAt(), successor.id(), clock.instant()));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Certificate settle(Certificate fresh) {
        Certificate settled = fresh;
        for (LifecycleFact fact : facts.findConcerning(fresh.orderId())) {
            settled = fact.applyTo(settled);
        }
        return settled;
    }

    private void record(LifecycleFact fact) {
        facts.save(fact);
        for (Certificate certificate : certificates.findByOrderIdOrderByStoredAt(fact.orderId())) {
            Certificate next = fact.applyTo(certificate);
            if (next != certificate) {
                certificates.update(next);
                LOG.info("Certificate {} of order {} is now {}", next.id(), next.orderId(), next.status());
            }
        }
    }
}
