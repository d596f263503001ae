package io.certflow.webhook.push;

import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A valid push, or what is wrong with it. */
record PushValidation(@Nullable Push push, List<FieldError> errors) {

    PushValidation {
        errors = List.copyOf(errors);
    }

    static PushValidation valid(Push push) {
        return new PushValidation(push, List.of());
    }

    static PushValidation invalid(List<FieldError> errors) {
        return new PushValidation(null, errors);
    }

    boolean isValid() {
        return push != null;
    }
}
