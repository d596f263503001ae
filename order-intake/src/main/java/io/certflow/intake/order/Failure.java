package io.certflow.intake.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Why an order failed, as the customer and support see it.
 *
 * @param reason       certflow's reason, e.g. {@code CSR_REJECTED}
 * @param message      in plain words
 * @param field        the order field at fault, when there is one
 * @param providerCode Sectigo's own code, for support only
 */
@Embeddable
@Serdeable
public record Failure(String reason, String message, @Nullable String field, @Nullable String providerCode) {
}
