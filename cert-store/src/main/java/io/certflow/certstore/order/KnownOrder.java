package io.certflow.certstore.order;

import io.certflow.certstore.verification.OrderExpectation;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * An order whose request has arrived, so a certificate can be verified against it.
 *
 * @param tenant whose order it is, and so whose its certificates are; null before tenants existed
 */
public record KnownOrder(UUID orderId, OrderExpectation expectation, @Nullable UUID replacesOrderId,
                         @Nullable String tenant) {

    public Optional<UUID> replaces() {
        return Optional.ofNullable(replacesOrderId);
    }
}
