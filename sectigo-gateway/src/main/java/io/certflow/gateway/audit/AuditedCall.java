package io.certflow.gateway.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One call to Sectigo as it went out (password redacted) and what came back. */
@MappedEntity("sectigo_call")
public record AuditedCall(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable UUID orderId,
        String endpoint,
        String parameters,
        @Nullable Integer httpStatus,
        @Nullable String responseBody,
        long durationMs,
        @Nullable String error,
        Instant calledAt) {
}
