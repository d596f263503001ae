package io.certflow.certstore.certificate;

import io.certflow.certstore.order.KnownOrder;
import io.certflow.certstore.verification.CertificateRejectedException;
import io.certflow.certstore.verification.CertificateVerifier;
import io.certflow.certstore.verification.Pem;
import io.certflow.certstore.verification.VerifiedCertificate;
import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateQuarantined;
import io.certflow.events.CertificateStored;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Verifies a delivery against its order, then stores it and announces {@code certificate.stored},
 * or quarantines it and announces {@code certificate.quarantined}. The same certificate delivered
 * again (same SHA-256) changes nothing and announces nothing. A certificate whose order was revoked
 * or replaced before it arrived is stored in that state and not announced: the customer must not
 * be mailed a certificate that is no longer valid. A replacement order's certificate replaces the
 * certificates of the order it names.
 */
@Singleton
class CertificateAcceptance {

    static final String SOURCE = "cert-store";
    private static final Logger LOG = LoggerFactory.getLogger(CertificateAcceptance.class);

    private final CertificateVerifier verifier;
    private final CertificateRepository certificates;
    private final QuarantineRepository quarantines;
    private final Outbox outbox;
    private final CertificateHistory history;
    private final Clock clock;

    CertificateAcceptance(CertificateVerifier verifier, CertificateRepository certificates,
                          QuarantineRepository quarantines, Outbox outbox, CertificateHistory history, Clock clock) {
        this.verifier = verifier;
        this.certificates = certificates;
        this.quarantines = quarantines;
        this.outbox = outbox;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void accept(CertificateIssued delivery, KnownOrder order) {
        try {
            store(delivery, order,
                    verifier.verify(delivery.certificatePem(), delivery.chainPems(), order.expectation()));
        } catch (CertificateRejectedException e) {
            quarantine(delivery, order.orderId(), e);
        }
    }

    private void store(CertificateIssued delivery, KnownOrder order, VerifiedCertificate verified) {
        UUID orderId = order.orderId();
        if (certificates.existsBySha256Fingerprint(verified.sha256Fingerprint())) {
            LOG.info("Certificate {} of order {} is already stored", verified.sha256Fingerprint(), orderId);
            return;
        }
        Certificate stored = certificates.save(history.settle(Certificate.store(orderId, order.tenant(),
                delivery.sectigoOrderNumber(), delivery.sectigoCertificateId(), verified, clock.instant())));
        order.replaces().ifPresent(replaced -> history.replacedBy(replaced, stored));
        if (!stored.isCurrent()) {
            LOG.warn("Certificate {} of order {} arrived {}: stored, not announced", stored.id(), orderId,
                    stored.status());
            return;
        }
        outbox.append(CertificateStored.of(SOURCE, orderId, stored.id(), stored.sectigoOrderNumber(),
                stored.serialNumber(), stored.subject(), stored.issuer(), stored.subjectAlternativeNames(),
                stored.notBefore(), stored.notAfter(), stored.sha256Fingerprint(), stored.certificatePem(),
                stored.chainPems()));
    }

    private void quarantine(CertificateIssued delivery, UUID orderId, CertificateRejectedException why) {
        String hash = Pem.sha256(delivery.certificatePem().replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        LOG.warn("Certificate for order {} (Sectigo {}) quarantined: {}", orderId, delivery.sectigoOrderNumber(),
                why.getMessage());
        if (quarantines.existsByOrderIdAndDeliveryHash(orderId, hash)) {
            return;
        }
        quarantines.save(new Quarantine(UUID.randomUUID(), orderId, delivery.sectigoOrderNumber(),
                delivery.sectigoCertificateId(), why.reason(), why.detail(), hash, delivery.certificatePem(),
                delivery.chainPems(), clock.instant()));
        outbox.append(CertificateQuarantined.of(SOURCE, orderId, delivery.sectigoOrderNumber(),
                delivery.sectigoCertificateId(), why.reason(), why.detail()));
    }
}
