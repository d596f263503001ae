package io.certflow.gateway.sectigo;

import io.certflow.events.FailureReason;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sectigo's {@code !AutoApplyOrder} error codes → certflow's {@link FailureReason} and whether to retry
 * (docs/architecture.md, "Sectigo errors: permanent or transient"). -55 (request token reused) and
 * -64 (foreignOrderNumber used) can only mean that an earlier attempt of the same order got through,
 * because the gateway sends a per-order {@code uniqueValue} and {@code foreignOrderNumber}.
 */
final class ErrorClassifier {

    private static final Pattern QUOTED = Pattern.compile("['‘’]([^'‘’]+)['‘’]");
    private static final Set<Integer> TRANSIENT = Set.of(-14, -42);
    private static final Set<Integer> ALREADY_SUBMITTED = Set.of(-55, -64);
    private static final Set<Integer> CSR = Set.of(-5, -6, -8, -9, -10, -11, -12, -13, -18, -19, -35);
    private static final Set<Integer> ARGUMENT = Set.of(-2, -3, -4);
    /** PlaceOrder's: no item (-39), company name (-62), unknown product (-65), bad e-mail (-70), not applicable (-83). */
    private static final Set<Integer> PLACE_ORDER_ARGUMENT = Set.of(-39, -62, -65, -70, -83);
    /** The order named is in the wrong state: revoked (-20), not issued yet (-22), other (-136). */
    private static final Set<Integer> ORDER_STATE = Set.of(-20, -22, -136);

    private ErrorClassifier() {
    }

    /**
     * As {@link #classify(int, String)}, with the parameter Sectigo names in {@code errorItem}
     * (PlaceOrder) deciding the field at fault.
     */
    public static SectigoError classify(int code, String sectigoMessage, String errorItem) {
        SectigoError error = classify(code, sectigoMessage);
        if (error.kind() != ErrorKind.PERMANENT || errorItem == null || errorItem.isBlank()) {
            return error;
        }
        String field = SectigoFieldNames.toOrderField(errorItem);
        return new SectigoError(error.kind(), error.reason(), error.message() + " (" + errorItem.strip() + ")",
                field != null ? field : error.field(), error.providerCode());
    }

    public static SectigoError classify(int code, String sectigoMessage) {
        String message = sectigoMessage == null || sectigoMessage.isBlank() ? "Sectigo error " + code : sectigoMessage;
        String provider = Integer.toString(code);
        if (TRANSIENT.contains(code)) {
            return new SectigoError(ErrorKind.TRANSIENT, FailureReason.RETRIES_EXHAUSTED, message, null, provider);
        }
        if (ALREADY_SUBMITTED.contains(code)) {
            return new SectigoError(ErrorKind.ALREADY_SUBMITTED, FailureReason.DUPLICATE_ORDER, message, null,
                    provider);
        }
        if (CSR.contains(code)) {
            return permanent(FailureReason.CSR_REJECTED, message, "csr", provider);
        }
        if (ARGUMENT.contains(code)) {
            return permanent(FailureReason.INVALID_REQUEST, message, fieldNamedIn(message), provider);
        }
        if (PLACE_ORDER_ARGUMENT.contains(code)) {
            return permanent(FailureReason.INVALID_REQUEST, message, code == -62 ? "organization.organizationName"
                    : code == -65 ? "product" : null, provider);
        }
        if (ORDER_STATE.contains(code)) {
            return permanent(FailureReason.INVALID_REQUEST, message, null, provider);
        }
        return switch (code) {
            case -7 -> permanent(FailureReason.INVALID_REQUEST, message, "organization.countryName", provider);
            case -15 -> permanent(FailureReason.INSUFFICIENT_CREDIT, message, null, provider);
            case -16 -> permanent(FailureReason.NOT_AUTHORIZED, message, null, provider);
            case -1, -17 -> permanent(FailureReason.INVALID_REQUEST, message, null, provider);
            case -40 -> permanent(FailureReason.KEY_COMPROMISED, message, "csr", provider);
            default -> permanent(FailureReason.UNKNOWN, message, null, provider);
        };
    }

    /** HTTP 5xx, 408 and 429 are worth another try; other statuses mean the request itself is wrong. */
    public static SectigoError classifyHttpStatus(int status) {
        String message = "Sectigo answered HTTP " + status;
        if (status >= 500 || status == 408 || status == 429) {
            return new SectigoError(ErrorKind.TRANSIENT, FailureReason.RETRIES_EXHAUSTED, message, null, null);
        }
        return permanent(FailureReason.UNKNOWN, message, null, "HTTP " + status);
    }

    /** certflow's name of the field a -2/-3/-4 message quotes; null for one that is not the order's. */
    static String fieldNamedIn(String message) {
        Matcher matcher = QUOTED.matcher(message);
        return matcher.find() ? SectigoFieldNames.toOrderField(matcher.group(1)) : null;
    }

    private static SectigoError permanent(FailureReason reason, String message, String field, String provider) {
        return new SectigoError(ErrorKind.PERMANENT, reason, message, field, provider);
    }
}
