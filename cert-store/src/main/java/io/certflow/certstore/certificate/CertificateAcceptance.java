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
 * again (same SHA-256) changes nothing and announces nothing.
 */
@Singleton
class CertificateAcceptance {

    static final String SOURCE = "cert-store";
    private static final Logger LOG = LoggerFactory.getLogger(CertificateAcceptance.class);

    private final CertificateVerifier verifier;
    private final CertificateRepository certificates;
    private final QuarantineRepository quarantines;
    private final Outbox outbox;
    private final Clock clock;

    CertificateAcceptance(CertificateVerifier verifier, CertificateRepository certificates,
                          QuarantineRepository quarantines, Outbox outbox, Clock clock) {
        this.verifier = verifier;
        this.certificates = certificates;
        this.quarantines = quarantines;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void accept(CertificateIssued delivery, KnownOrder order) {
        try {
            store(delivery, order.orderId(),
                    verifier.verify(delivery.certificatePem(), delivery.chainPems(), order.expectation()));
        } catch (CertificateRejectedException e) {
            quarantine(delivery, order.orderId(), e);
        }
    }

    private void store(CertificateIssued delivery, UUID orderId, VerifiedCertificate verified) {
        if (certificates.existsBySha256Fingerprint(verified.sha256Fingerprint())) {
            LOG.info("Certificate {} of order {} is already stored", verified.sha256Fingerprint(), orderId);
            return;
        }
        Certificate stored = certificates.save(Certificate.store(orderId, delivery.sectigoOrderNumber(),
                delivery.sectigoCertificateId(), verified, clock.instant()));
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
