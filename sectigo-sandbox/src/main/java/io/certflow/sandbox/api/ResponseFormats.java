package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.protocol.SectigoException;

/** Reads {@code responseFormat}; a value the endpoint does not offer is a -4. */
final class ResponseFormats {

    private ResponseFormats() {
    }

    /** For rendering an error: the requested format when it is a valid one, else the default. */
    static ResponseFormat requestedOrDefault(Endpoint endpoint, Params params) {
        try {
            return requested(endpoint, params);
        } catch (SectigoException e) {
            return endpoint.defaultFormat();
        }
    }

    static ResponseFormat requested(Endpoint endpoint, Params params) {
        String value = params.text("responseFormat").orElse(null);
        if (value == null) {
            return endpoint.defaultFormat();
        }
        if (!value.matches("[0-2]") || !endpoint.supports(ResponseFormat.ofCode(Integer.parseInt(value)))) {
            throw Errors.invalid("responseFormat");
        }
        return ResponseFormat.ofCode(Integer.parseInt(value));
    }
}
