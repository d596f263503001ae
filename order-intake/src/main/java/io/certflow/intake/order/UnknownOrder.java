package io.certflow.intake.order;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * The 404 body of every endpoint that names an order, for an id that does not exist and for an order
 * the caller may not see alike: one shape, one text, so no answer tells them apart.
 */
@Serdeable
public record UnknownOrder(String message) {

    public static UnknownOrder of(UUID orderId) {
        return new UnknownOrder("No order " + orderId);
    }
}
