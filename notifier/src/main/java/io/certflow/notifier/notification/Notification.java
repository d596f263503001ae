package io.certflow.notifier.notification;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.Event;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;

import java.util.Objects;
import java.util.Optional;
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

    public static Notification of(CertificateRevoked revoked) {
        return new Notification(NotificationKind.CERTIFICATE_REVOKED, revoked.orderId(), revoked);
    }

    public static Notification of(OrderRevocationFailed failed) {
        return new Notification(NotificationKind.REVOCATION_FAILED, failed.orderId(), failed);
    }

    public static Notification of(CertificateExpiring expiring) {
        return new Notification(NotificationKind.CERTIFICATE_EXPIRING, expiring.orderId(), expiring);
    }

    /** The email a status change causes, if any (see {@link NotificationKind#forStatus}). */
    public static Optional<Notification> of(CertificateStatusChanged changed) {
        return NotificationKind.forStatus(changed.status())
                .map(kind -> new Notification(kind, changed.orderId(), changed));
    }

    public UUID eventId() {
        return event.metadata().eventId();
    }

    /**
     * What the customer learns, as a key: one email per order and news, however many events (a
     * redelivery, a push and a collection, a status and the gateway's revocation) bring it. A new
     * verification code is new news: the earlier link no longer works. One code is one action,
     * whatever the status: an EV order's click-through and callback share Sectigo's one link, so its
     * later {@code verified} push with the same code asks nothing new. Each refused revocation is
     * news of its own: the customer may ask again, and is told of every refusal, not only the first.
     */
    public String news() {
        return switch (kind) {
            case ORDER_PLACED -> "placed";
            case ORDER_FAILED -> "order-failed";
            case CERTIFICATE_ISSUED -> "issued";
            case VERIFICATION_NEEDED, CLICK_THROUGH_NEEDED -> "action-needed:" + verification();
            case BRAND_VALIDATION -> "brand-validation";
            case ISSUANCE_FAILED -> "issuance-failed";
            case ORDER_REJECTED -> "rejected";
            case REVOKED_STATUS, CERTIFICATE_REVOKED -> "revoked";
            case REVOCATION_FAILED -> "revocation-failed:" + eventId();
            case CERTIFICATE_EXPIRING -> expiry();
        };
    }

    private String verification() {
        CertificateStatusChanged changed = (CertificateStatusChanged) event;
        if (changed.verificationCode() != null) {
            return changed.verificationCode();
        }
        return changed.nextStepUrl() == null ? "" : changed.nextStepUrl();
    }

    private String expiry() {
        CertificateExpiring expiring = (CertificateExpiring) event;
        return "expiring:" + expiring.certificateId() + ":" + expiring.thresholdDays();
    }
}
