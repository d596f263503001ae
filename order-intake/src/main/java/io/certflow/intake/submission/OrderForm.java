package io.certflow.intake.submission;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /orders}: the contract's order JSON as it is, plus an optional
 * {@code requestId} for clients that cannot send an {@code Idempotency-Key} header.
 */
@Serdeable
public record OrderForm(@Nullable String requestId, @JsonUnwrapped OrderDetails order) {
}
