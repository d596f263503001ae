package io.certflow.notifier.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event that arrived before the notifier could write about it, kept as the event's JSON: before
 * its order's {@code order.requested} (parked under the order id), or, for a status change that
 * names only Sectigo's order number, before the {@code order.placed} that joins the number to an
 * order (parked under the number).
 */
@MappedEntity("pending_notification")
public record PendingNotification(@Id UUID eventId, @Nullable UUID orderId, NotificationKind kind, String payload,
                                  Instant receivedAt, @Nullable String sectigoOrderNumber) {

    public PendingNotification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        if (orderId == null && sectigoOrderNumber == null) {
            throw new IllegalArgumentException("a parked notification needs an order id or a Sectigo order number");
        }
    }

    /** The order its Sectigo number belongs to became known. */
    public PendingNotification joinedTo(UUID order) {
        return new PendingNotification(eventId, order, kind, payload, receivedAt, sectigoOrderNumber);
    }
}
