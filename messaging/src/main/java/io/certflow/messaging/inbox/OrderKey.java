package io.certflow.messaging.inbox;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a handler locks: the order, Sectigo's number for it, both, or neither (a field left
 * {@code null}). A push names only Sectigo's number and may come before anyone knows its order, so
 * the number has a lock of its own; {@link OrderLocks} takes it before the order's.
 */
public record OrderKey(@Nullable String sectigoOrderNumber, @Nullable UUID orderId) {

    private static final OrderKey NONE = new OrderKey(null, null);

    /** A handler that no other handler can race with, e.g. one whose rows are keyed by the event. */
    public static OrderKey none() {
        return NONE;
    }

    public static OrderKey order(@Nullable UUID orderId) {
        return new OrderKey(null, orderId);
    }

    public static OrderKey sectigoNumber(@Nullable String sectigoOrderNumber) {
        return new OrderKey(sectigoOrderNumber, null);
    }

    public static OrderKey of(@Nullable String sectigoOrderNumber, @Nullable UUID orderId) {
        return new OrderKey(sectigoOrderNumber, orderId);
    }
}
