package io.certflow.notifier.notification;

import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;

/**
 * The emails the notifier writes, each caused by one event type.
 */
public enum NotificationKind {
    ORDER_PLACED(OrderPlaced.class, "order-placed"),
    ORDER_FAILED(OrderFailed.class, "order-failed"),
    CERTIFICATE_ISSUED(CertificateStored.class, "certificate-issued");

    private final Class<? extends Event> eventType;
    private final String template;

    NotificationKind(Class<? extends Event> eventType, String template) {
        this.eventType = eventType;
        this.template = template;
    }

    public Class<? extends Event> eventType() {
        return eventType;
    }

    /** The template's name, also the mail's kind in the queue. */
    public String template() {
        return template;
    }

    /** The idempotent-consumer name of the use case. */
    public String consumer() {
        return "notifier." + template;
    }
}
