package io.certflow.certstore.download;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateStatus;
import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /certificates/{id}}: what a reader needs to know about a stored certificate, PEMs
 * aside. The revocation and replacement fields appear once they are known.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateView(
        UUID id,
        UUID orderId,
        String sectigoOrderNumber,
        @Nullable String sectigoCertificateId,
        String serialNumber,
        String subject,
        String issuer,
        List<String> subjectAlternativeNames,
        Instant notBefore,
        Instant notAfter,
        String sha256Fingerprint,
        CertificateStatus status,
        Instant storedAt,
        @Nullable Instant revokedAt,
        @Nullable RevocationReason revocationReason,
        @Nullable Instant replacedAt,
        @Nullable UUID replacedByCertificate) {

    static CertificateView of(Certificate certificate) {
        return new CertificateView(certificate.id(), certificate.orderId(), certificate.sectigoOrderNumber(),
                certificate.sectigoCertificateId(), certificate.serialNumber(), certificate.subject(),
                certificate.issuer(), certificate.subjectAlternativeNames(), certificate.notBefore(),
                certificate.notAfter(), certificate.sha256Fingerprint(), certificate.status(), certificate.storedAt(),
                certificate.revokedAt(), certificate.revocationReason(), certificate.replacedAt(),
                certificate.replacedByCertificateId());
    }
}
