package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.intake.order.Failure;
import io.certflow.intake.order.Order;

import java.time.Instant;

/**
 * What a status reported by Sectigo means for the order. {@code ISSUED} from Sectigo does not make
 * the order ISSUED: that takes the certificate verified and stored ({@code certificate.stored}).
 */
final class StatusChange {

    private StatusChange() {
    }

    static Order apply(Order order, CertificateStatusChanged change) {
        Instant at = change.metadata().occurredAt();
        return switch (change.status()) {
            case VALIDATING, AWAITING_VERIFICATION, AWAITING_CLICK_THROUGH, AWAITING_BRAND_VALIDATION ->
                    order.startValidation(at);
            case FAILED -> order.fail(failure("VALIDATION_FAILED", change), at);
            case REJECTED -> order.reject(failure("REJECTED_BY_CA", change), at);
            case REVOKED -> order.revoke(at);
            case REPLACED -> order.replace(at);
            case ISSUED -> order;
        };
    }

    static String describe(CertificateStatusChanged change) {
        String said = change.description() == null ? "" : ": " + change.description();
        return switch (change.status()) {
            case VALIDATING -> "Sectigo is validating the order" + said;
            case AWAITING_VERIFICATION -> "Sectigo verified the phone number; the callback can be completed" + said;
            case AWAITING_CLICK_THROUGH -> "Sectigo sent the EV click-through email" + said;
            case AWAITING_BRAND_VALIDATION -> "Sectigo is validating the brand" + said;
            case ISSUED -> "Sectigo issued the certificate; certflow verifies it before storing it";
            case REVOKED -> "Sectigo reports the certificate revoked" + said;
            case REPLACED -> "Sectigo reports the certificate replaced" + said;
            case FAILED -> "Sectigo could not issue the certificate" + said;
            case REJECTED -> "Sectigo rejected the order" + said;
        };
    }

    private static Failure failure(String reason, CertificateStatusChanged change) {
        String message = change.description() != null ? change.description() : "Reported by Sectigo";
        return new Failure(reason, message, null, change.providerStatus());
    }
}
