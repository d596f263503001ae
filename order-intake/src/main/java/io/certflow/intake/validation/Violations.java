package io.certflow.intake.validation;

import io.certflow.events.FieldError;
import io.certflow.names.MailAddresses;
import io.certflow.names.NameCheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

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

    /** A text that must be present, not blank, and within Sectigo's length. */
    void checkRequired(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else {
            checkLength(field, value, max);
        }
    }

    /** An address given must pass the rule the notifier sends by ({@link MailAddresses}). */
    void checkEmail(String field, String address) {
        if (address == null) {
            return;
        }
        NameCheck check = MailAddresses.check(address);
        if (!check.isValid()) {
            add(field, check.problem());
        }
    }

    /** A number that must be one of Sectigo's allowed values; {@code required} decides whether absence is an error. */
    void checkOneOf(String field, Integer value, Collection<Integer> allowed, boolean required) {
        String values = new TreeSet<>(allowed).toString();
        if (value == null) {
            if (required) {
                add(field, "is required: one of " + values);
            }
        } else if (!allowed.contains(value)) {
            add(field, value + " is not allowed: one of " + values);
        }
    }

    /** A field that the order's kind does not take; it is refused rather than silently dropped. */
    void checkAbsent(String field, Object value, String reason) {
        if (value != null) {
            add(field, reason);
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
