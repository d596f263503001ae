package io.certflow.webhook.push;

import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a push's parameters, naming each one at fault, before anything is stored. */
final class PushValidator {

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final int MAX_ORDER_NUMBER = 64;
    private static final int MAX_STATUS = 32;
    private static final int MAX_STATUS_DESC = 1024;
    private static final int MAX_VERIFICATION_CODE = 128;
    private static final int MAX_CERTIFICATE = 16_384;
    private static final int MAX_CA_CERTIFICATE = 65_536;
    private static final int MAX_EVENT_TYPE = 64;

    private final PushParameters parameters;
    private final List<FieldError> errors = new ArrayList<>();

    private PushValidator(PushParameters parameters) {
        this.parameters = parameters;
        errors.addAll(parameters.problems());
    }

    static PushValidation validate(PushParameters parameters) {
        return new PushValidator(parameters).validate();
    }

    private PushValidation validate() {
        String orderNumber = text("orderNumber", MAX_ORDER_NUMBER, true, VISIBLE_ASCII, "printable ASCII");
        String certificateId = text("certificateID", 20, false, DIGITS, "an integer");
        String eventType = text("eventType", MAX_EVENT_TYPE, false, null, null);
        SectigoStatus status = status(eventType);
        String code = text("statusCode", 10, false, INTEGER, "an integer");
        String statusDesc = text("statusDesc", MAX_STATUS_DESC, false, null, null);
        String verificationCode = text("verificationCode", MAX_VERIFICATION_CODE, false, VISIBLE_ASCII,
                "printable ASCII");
        List<String> certificate = pem("certificate", MAX_CERTIFICATE);
        List<String> chain = pem("caCertificate", MAX_CA_CERTIFICATE);
        if (certificate != null && certificate.size() != 1) {
            errors.add(new FieldError("certificate", "must hold exactly one PEM certificate"));
        }
        if (!errors.isEmpty()) {
            return PushValidation.invalid(errors);
        }
        return PushValidation.valid(new Push(orderNumber, certificateId, status,
                code == null ? null : Integer.valueOf(code), statusDesc, verificationCode,
                certificate == null ? null : certificate.get(0), chain == null ? List.of() : chain, eventType));
    }

    /**
     * {@code status} decides. An S/MIME push's {@code eventType} (the sandbox sends the status word)
     * stands in only when {@code status} is absent and it is a status word itself; any other
     * {@code eventType} is kept, not interpreted, so that such pushes are never refused for it.
     */
    @Nullable
    private SectigoStatus status(@Nullable String eventType) {
        if (parameters.get("status") == null && eventType != null && SectigoStatus.of(eventType).isPresent()) {
            return SectigoStatus.of(eventType).get();
        }
        String word = text("status", MAX_STATUS, true, null, null);
        if (word == null) {
            return null;
        }
        Optional<SectigoStatus> status = SectigoStatus.of(word);
        if (status.isEmpty()) {
            errors.add(new FieldError("status", "'" + word + "' is not a Sectigo push status"));
        }
        return status.orElse(null);
    }

    @Nullable
    private String text(String name, int maxLength, boolean required, @Nullable Pattern pattern,
                        @Nullable String what) {
        String value = parameters.get(name);
        if (value == null) {
            if (required) {
                errors.add(new FieldError(name, "is required"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(name, "is longer than " + maxLength + " characters"));
            return null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(name, "must be " + what));
            return null;
        }
        return value;
    }

    @Nullable
    private List<String> pem(String name, int maxLength) {
        String value = text(name, maxLength, false, null, null);
        if (value == null) {
            return null;
        }
        Optional<List<String>> blocks = PemCertificates.split(value);
        if (blocks.isEmpty()) {
            errors.add(new FieldError(name, "is not PEM certificate blocks"));
            return null;
        }
        return blocks.get();
    }
}
