package io.certflow.notifier.recipient;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * What a replacement order replaces, as far as the notifier knows it.
 *
 * @param replacedOrderId            the earlier order
 * @param replacedSectigoOrderNumber its Sectigo order number, when its {@code order.placed} was seen
 * @param revokesReplaced            whether the earlier certificate is revoked as part of the replacement
 */
public record Replacement(UUID replacedOrderId, @Nullable String replacedSectigoOrderNumber,
                          boolean revokesReplaced) {

    public Replacement {
        Objects.requireNonNull(replacedOrderId, "replacedOrderId");
    }
}
