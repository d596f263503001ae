package io.certflow.names;

import java.util.Objects;

/**
 * The outcome of one rule: the name in the form to store and send, or why it is refused.
 *
 * @param value   the accepted name ({@code null} when refused)
 * @param problem why it is refused, phrased to follow the field's name ({@code null} when accepted)
 */
public record NameCheck(String value, String problem) {

    public NameCheck {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("a check has a value or a problem, not both");
        }
    }

    static NameCheck accepted(String value) {
        return new NameCheck(Objects.requireNonNull(value), null);
    }

    static NameCheck refused(String problem) {
        return new NameCheck(null, Objects.requireNonNull(problem));
    }

    public boolean isValid() {
        return problem == null;
    }
}
