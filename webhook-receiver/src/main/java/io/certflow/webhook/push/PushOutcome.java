package io.certflow.webhook.push;

import io.certflow.events.FieldError;

import java.util.List;

/**
 * What became of a push: stored and published now, stored and held until its order is known, stored
 * before (a duplicate), or refused as malformed.
 */
public record PushOutcome(Kind kind, List<FieldError> errors) {

    public enum Kind { STORED, HELD, DUPLICATE, INVALID }

    public PushOutcome {
        errors = List.copyOf(errors);
    }

    static PushOutcome stored() {
        return new PushOutcome(Kind.STORED, List.of());
    }

    static PushOutcome held() {
        return new PushOutcome(Kind.HELD, List.of());
    }

    static PushOutcome duplicate() {
        return new PushOutcome(Kind.DUPLICATE, List.of());
    }

    static PushOutcome invalid(List<FieldError> errors) {
        return new PushOutcome(Kind.INVALID, errors);
    }

    public boolean accepted() {
        return kind != Kind.INVALID;
    }
}
