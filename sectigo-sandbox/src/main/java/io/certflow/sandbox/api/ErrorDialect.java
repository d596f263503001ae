package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.SectigoError;

/**
 * The texts word some errors differently per endpoint ("unrecognised" in the v2.0 text,
 * "unrecognized" in PlaceOrder's, "Unrecognized argument!" in AutoReplaceSMIME's; "https" versus
 * "HTTPS"; two spellings of the call-limit message). The endpoint's own wording wins.
 */
final class ErrorDialect {

    private ErrorDialect() {
    }

    static SectigoError of(Endpoint endpoint, SectigoError error) {
        if (endpoint.autoApply()) {
            return error;
        }
        boolean smime = endpoint == Endpoint.AUTO_REPLACE_SMIME;
        return switch (error.code()) {
            case -1 -> error.withMessage("Request was not made over HTTPS!");
            case -2 -> error.withMessage(smime ? "Unrecognized argument!"
                    : "'" + error.field() + "' is an unrecognized argument!");
            case -42 -> smime ? error.withMessage("Call limit reached! Please try again later") : error;
            default -> error;
        };
    }
}
