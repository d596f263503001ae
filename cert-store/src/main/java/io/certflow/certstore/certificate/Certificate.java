package io.certflow.certstore.certificate;

import io.certflow.certstore.verification.VerifiedCertificate;
import io.certflow.events.RevocationReason;
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
 * A verified certificate of an order: leaf, chain (leaf's issuer first, root last) and what was
 * parsed from it, and where it stands. Immutable; the intention-named methods answer the next
 * state, or this same instance when the step changes nothing, so repeating a step is harmless.
 * It belongs to its order's tenant ({@code tenant}; null for an order from before tenants, which only
 * an operator sees).
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
        @Nullable Instant revokedAt,
        @Nullable RevocationReason revocationReason,
        @Nullable Instant replacedAt,
        @Nullable UUID replacedByCertificateId,
        @Nullable String tenant,
        @Nullable @Version Long version) {

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
        chainPems = List.copyOf(chainPems);
    }

    /** A certificate that passed verification enters the store. */
    public static Certificate store(UUID orderId, @Nullable String tenant, String sectigoOrderNumber,
                                    @Nullable String sectigoCertificateId, VerifiedCertificate verified, Instant now) {
        return new Certificate(UUID.randomUUID(), orderId, sectigoOrderNumber, sectigoCertificateId,
                verified.serialNumber(), verified.subject(), verified.issuer(), verified.subjectAlternativeNames(),
                verified.notBefore(), verified.notAfter(), verified.sha256Fingerprint(), verified.certificatePem(),
                verified.chainPems(), CertificateStatus.VALID, now, null, null, null, null, tenant, null);
    }

    /**
     * Sectigo revoked it. A revocation learnt first without a reason (from a push) takes the reason
     * and time of the authoritative {@code certificate.revoked} when that comes.
     */
    public Certificate revoke(Instant at, @Nullable RevocationReason reason) {
        if (status.canMoveTo(CertificateStatus.REVOKED)) {
            return with(CertificateStatus.REVOKED, at, reason, replacedAt, replacedByCertificateId);
        }
        if (status == CertificateStatus.REVOKED && revocationReason == null && reason != null) {
            return with(status, at, reason, replacedAt, replacedByCertificateId);
        }
        return this;
    }

    /** Another certificate (when known) took its place; a revoked one stays revoked but learns its successor. */
    public Certificate replaceBy(@Nullable UUID successor, Instant at) {
        if (status.canMoveTo(CertificateStatus.REPLACED)) {
            return with(CertificateStatus.REPLACED, revokedAt, revocationReason, at, successor);
        }
        if (replacedByCertificateId == null && successor != null) {
            return with(status, revokedAt, revocationReason, replacedAt == null ? at : replacedAt, successor);
        }
        return this;
    }

    /** Neither revoked nor replaced: worth announcing, worth an expiry reminder. */
    public boolean isCurrent() {
        return status == CertificateStatus.VALID;
    }

    /** Leaf, then its chain: what a TLS server is configured with. */
    public String fullChainPem() {
        return certificatePem + String.join("", chainPems);
    }

    private Certificate with(CertificateStatus nextStatus, @Nullable Instant nextRevokedAt,
                             @Nullable RevocationReason nextReason, @Nullable Instant nextReplacedAt,
                             @Nullable UUID nextSuccessor) {
        return new Certificate(id, orderId, sectigoOrderNumber, sectigoCertificateId, serialNumber, subject, issuer,
                subjectAlternativeNames, notBefore, notAfter, sha256Fingerprint, certificatePem, chainPems, nextStatus,
                storedAt, nextRevokedAt, nextReason, nextReplacedAt, nextSuccessor, tenant, version);
    }
}
