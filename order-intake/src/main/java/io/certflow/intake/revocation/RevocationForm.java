package io.certflow.intake.revocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /orders/{orderId}/revocation}. {@code reason} is taken as text so that a
 * wrong value is answered as a field error, like every other.
 *
 * @param reason  one of {@link io.certflow.events.RevocationReason}; required
 * @param comment passed on to Sectigo; at most 256 characters
 */
@Serdeable
public record RevocationForm(@Nullable String reason, @Nullable String comment) {
}
