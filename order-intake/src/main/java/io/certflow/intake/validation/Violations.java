package io.certflow.intake.validation;

import io.certflow.events.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Collects every field error of one submission, so the submitter learns all of them at once. */
final class Violations {

    private final String prefix;
    private final List<FieldError> errors;

    Violations(String prefix) {
        this(prefix, new ArrayList<>());
    }

    private Violations(String prefix, List<FieldError> errors) {
        this.prefix = prefix;
        this.errors = errors;
    }

    void add(String field, String reason) {
        errors.add(new FieldError(prefix + field, reason));
    }

    /** Reports {@code reason} when {@code value} is longer than Sectigo accepts for the field. */
    void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is longer than " + max + " characters");
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
