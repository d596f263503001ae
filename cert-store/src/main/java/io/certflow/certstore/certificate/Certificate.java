package io.certflow.certstore.certificate;

import io.certflow.certstore.verification.VerifiedCertificate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A verified certificate of an order: leaf, chain (leaf's issuer first) and what was parsed from
 * it. Immutable; the intention-named methods answer the next state, or this same instance when the
 * step is not allowed from here.
 */
@MappedEntity("certificate")
public record Certificate(
        @Id UUID id,
        UUID orderId,
        String sectigoOrderNumber,
        @Nullable String sectigoCertificateId,
        String serialNumber,
        String subject,
        String issuer,
        @TypeDef(type = DataType.JSON) List<String> subjectAlternativeNames,
        Instant notBefore,
        Instant notAfter,
        String sha256Fingerprint,
        String certificatePem,
        @TypeDef(type = DataType.JSON) List<String> chainPems,
        CertificateStatus status,
        Instant storedAt,
        @Nullable @Version Long version) {

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
        chainPems = List.copyOf(chainPems);
    }

    /** A certificate that passed verification enters the store. */
    public static Certificate store(UUID orderId, String sectigoOrderNumber, @Nullable String sectigoCertificateId,
                                    VerifiedCertificate verified, Instant now) {
        return new Certificate(UUID.randomUUID(), orderId, sectigoOrderNumber, sectigoCertificateId,
                verified.serialNumber(), verified.subject(), verified.issuer(), verified.subjectAlternativeNames(),
                verified.notBefore(), verified.notAfter(), verified.sha256Fingerprint(), verified.certificatePem(),
                verified.chainPems(), CertificateStatus.VALID, now, null);
    }

    public Certificate revoke() {
        return moveTo(CertificateStatus.REVOKED);
    }

    public Certificate replace() {
        return moveTo(CertificateStatus.REPLACED);
    }

    /** Leaf, then its chain: what a TLS server is configured with. */
    public String fullChainPem() {
        return certificatePem + String.join("", chainPems);
    }

    private Certificate moveTo(CertificateStatus next) {
        if (!status.canMoveTo(next)) {
            return this;
        }
        return new Certificate(id, orderId, sectigoOrderNumber, sectigoCertificateId, serialNumber, subject, issuer,
                subjectAlternativeNames, notBefore, notAfter, sha256Fingerprint, certificatePem, chainPems, next,
                storedAt, version);
    }
}
