package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.intake.order.Failure;
import io.certflow.intake.order.NextStep;
import io.certflow.intake.order.Order;

import java.time.Instant;

/**
 * What a status reported by Sectigo means for the order, and what the customer is told about it.
 * {@code ISSUED} from Sectigo does not make the order ISSUED: that takes the certificate verified and
 * stored ({@code certificate.stored}). Steps the order's status does not allow are ignored by the
 * aggregate (late or out-of-order events). A status may be read before the order's placement (another
 * topic): it applies all the same, and teaches the order Sectigo's number.
 */
final class StatusChange {

    static final String BRAND_VALIDATION = "Sectigo is checking the brand before it issues the certificate. "
            + "Nothing is needed from you unless Sectigo contacts you; this can take a few working days.";

    private StatusChange() {
    }

    static Order apply(Order order, CertificateStatusChanged change) {
        Instant at = change.metadata().occurredAt();
        Order known = order.knownToSectigoAs(change.sectigoOrderNumber(), at);
        return switch (change.status()) {
            case VALIDATING -> known.startValidation(at);
            case AWAITING_VERIFICATION ->
                    known.awaitStep(NextStep.callback(change.nextStepUrl(), change.verificationCode()), at);
            case AWAITING_CLICK_THROUGH ->
                    known.awaitStep(NextStep.clickThrough(change.nextStepUrl(), change.verificationCode()), at);
            case AWAITING_BRAND_VALIDATION -> known.awaitStep(NextStep.waitFor(BRAND_VALIDATION), at);
            case FAILED -> known.fail(failure("VALIDATION_FAILED", change), at);
            case REJECTED -> known.reject(failure("REJECTED_BY_CA", change), at);
            case REVOKED -> known.revoke(at);
            case REPLACED -> known.replace(at);
            case ISSUED -> known;
        };
    }

    static String describe(CertificateStatusChanged change) {
        String said = change.description() == null ? "" : ": " + change.description();
        return switch (change.status()) {
            case VALIDATING -> "Sectigo is validating the order" + said;
            case AWAITING_VERIFICATION -> "Sectigo asks for the organization callback; the link is on the order" + said;
            case AWAITING_CLICK_THROUGH -> "Sectigo sent the EV click-through; the link is on the order" + said;
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
