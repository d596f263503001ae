package io.certflow.notifier.notification;

import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;

import java.util.Objects;
import java.util.UUID;

/**
 * An event the customer is to be told about.
 *
 * @param kind    which email it becomes
 * @param orderId the order it is about
 * @param event   the event itself, of {@code kind.eventType()}
 */
public record Notification(NotificationKind kind, UUID orderId, Event event) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        if (!kind.eventType().isInstance(event)) {
            throw new IllegalArgumentException(kind + " needs a " + kind.eventType().getSimpleName());
        }
    }

    public static Notification of(OrderPlaced placed) {
        return new Notification(NotificationKind.ORDER_PLACED, placed.orderId(), placed);
    }

    public static Notification of(OrderFailed failed) {
        return new Notification(NotificationKind.ORDER_FAILED, failed.orderId(), failed);
    }

    public static Notification of(CertificateStored stored) {
        return new Notification(NotificationKind.CERTIFICATE_ISSUED, stored.orderId(), stored);
    }

    public UUID eventId() {
        return event.metadata().eventId();
    }
}
