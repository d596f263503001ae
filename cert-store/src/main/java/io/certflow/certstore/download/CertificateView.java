package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /certificates/{id}}: what a reader needs to know about a stored certificate, PEMs aside. */
@Serdeable
public record CertificateView(
        UUID id,
        UUID orderId,
        String sectigoOrderNumber,
        String serialNumber,
        String subject,
        String issuer,
        List<String> subjectAlternativeNames,
        Instant notBefore,
        Instant notAfter,
        String sha256Fingerprint,
        CertificateStatus status) {

    static CertificateView of(Certificate certificate) {
        return new CertificateView(certificate.id(), certificate.orderId(), certificate.sectigoOrderNumber(),
                certificate.serialNumber(), certificate.subject(), certificate.issuer(),
                certificate.subjectAlternativeNames(), certificate.notBefore(), certificate.notAfter(),
                certificate.sha256Fingerprint(), certificate.status());
    }
}
