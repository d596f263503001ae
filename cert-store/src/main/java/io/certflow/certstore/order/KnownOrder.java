package io.certflow.certstore.order;

import io.certflow.certstore.verification.OrderExpectation;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.UUID;

/** An order whose request has arrived, so a certificate can be verified against it. */
public record KnownOrder(UUID orderId, OrderExpectation expectation, @Nullable UUID replacesOrderId) {

    public Optional<UUID> replaces() {
        return Optional.ofNullable(replacesOrderId);
    }
}
