package io.certflow.certstore.lifecycle;

import io.certflow.certstore.certificate.Certificate;
import io.certflow.certstore.certificate.CertificateStatus;
import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an order's certificate: revoked, or replaced. Kept whether or not the
 * certificate is stored yet, and applied to it when it is. Every source names the order.
 */
@MappedEntity("lifecycle_fact")
record LifecycleFact(
        @Id UUID id,
        UUID orderId,
        CertificateStatus status,
        Instant occurredAt,
        @Nullable RevocationReason revocationReason,
        @Nullable UUID replacedByCertificateId,
        Instant recordedAt) {

    static LifecycleFact revoked(UUID orderId, Instant at, @Nullable RevocationReason reason, Instant now) {
        return new LifecycleFact(UUID.randomUUID(), orderId, CertificateStatus.REVOKED, at, reason, null, now);
    }

    static LifecycleFact replaced(UUID orderId, Instant at, @Nullable UUID successor, Instant now) {
        return new LifecycleFact(UUID.randomUUID(), orderId, CertificateStatus.REPLACED, at, null, successor, now);
    }

    Certificate applyTo(Certificate certificate) {
        return status == CertificateStatus.REVOKED ? certificate.revoke(occurredAt, revocationReason)
                : certificate.replaceBy(replacedByCertificateId, occurredAt);
    }
}
