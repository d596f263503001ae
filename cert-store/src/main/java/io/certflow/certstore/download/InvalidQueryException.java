package io.certflow.certstore.download;

import io.certflow.events.FieldError;

import java.util.List;

/** A query parameter that cannot be used; answered 400 naming each one. */
class InvalidQueryException extends RuntimeException {

    private final List<FieldError> errors;

    InvalidQueryException(List<FieldError> errors) {
        super("invalid query: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
