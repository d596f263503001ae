package io.certflow.notifier.notification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event that arrived before its order's {@code order.requested} (topics are not ordered with
 * each other), kept as the event's JSON under the order id until the recipient is known.
 */
@MappedEntity("pending_notification")
public record PendingNotification(@Id UUID eventId, UUID orderId, NotificationKind kind, String payload,
                                  Instant receivedAt) {

    public PendingNotification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
    }
}
