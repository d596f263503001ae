package io.certflow.notifier.notification;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;

import java.util.Optional;

/**
 * The emails the notifier writes. Each is caused by one event type; {@code certificate.status-changed}
 * causes several, one per status the customer can act on or should know about.
 */
public enum NotificationKind {
    ORDER_PLACED(OrderPlaced.class, "order-placed", "notifier.order-placed"),
    ORDER_FAILED(OrderFailed.class, "order-failed", "notifier.order-failed"),
    CERTIFICATE_ISSUED(CertificateStored.class, "certificate-issued", "notifier.certificate-issued"),
    VERIFICATION_NEEDED(CertificateStatusChanged.class, "verification-needed", Consumers.STATUS),
    CLICK_THROUGH_NEEDED(CertificateStatusChanged.class, "click-through-needed", Consumers.STATUS),
    BRAND_VALIDATION(CertificateStatusChanged.class, "brand-validation", Consumers.STATUS),
    ISSUANCE_FAILED(CertificateStatusChanged.class, "issuance-failed", Consumers.STATUS),
    ORDER_REJECTED(CertificateStatusChanged.class, "order-rejected", Consumers.STATUS),
    /** Sectigo said "revoked" without reason or date: held back a while for {@link #CERTIFICATE_REVOKED}. */
    REVOKED_STATUS(CertificateStatusChanged.class, "certificate-revoked", Consumers.STATUS),
    CERTIFICATE_REVOKED(CertificateRevoked.class, "certificate-revoked", "notifier.certificate-revoked"),
    REVOCATION_FAILED(OrderRevocationFailed.class, "revocation-failed", "notifier.revocation-failed"),
    CERTIFICATE_EXPIRING(CertificateExpiring.class, "certificate-expiring", "notifier.certificate-expiring");

    /** Every status email shares one consumer: a status change is recorded once, whatever it causes. */
    private static final class Consumers {
        static final String STATUS = "notifier.certificate-status";
    }

    private final Class<? extends Event> eventType;
    private final String template;
    private final String consumer;

    NotificationKind(Class<? extends Event> eventType, String template, String consumer) {
        this.eventType = eventType;
        this.template = template;
        this.consumer = consumer;
    }

    /**
     * The email a status change causes, if any. ISSUED is told by {@code certificate.stored} (only a
     * verified certificate is announced), REPLACED by the replacement's own emails, VALIDATING by
     * the "placed" email.
     */
    public static Optional<NotificationKind> forStatus(CertificateStatus status) {
        return Optional.ofNullable(switch (status) {
            case AWAITING_VERIFICATION -> VERIFICATION_NEEDED;
            case AWAITING_CLICK_THROUGH -> CLICK_THROUGH_NEEDED;
            case AWAITING_BRAND_VALIDATION -> BRAND_VALIDATION;
            case FAILED -> ISSUANCE_FAILED;
            case REJECTED -> ORDER_REJECTED;
            case REVOKED -> REVOKED_STATUS;
            case VALIDATING, ISSUED, REPLACED -> null;
        });
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
        return consumer;
    }

    /** Queued to go out only after a delay, so that a more complete event can still take its place. */
    public boolean provisional() {
        return this == REVOKED_STATUS;
    }

    /** Replaces a mail of the same news that is still queued (the provisional one). */
    public boolean replacesQueued() {
        return this == CERTIFICATE_REVOKED;
    }
}
