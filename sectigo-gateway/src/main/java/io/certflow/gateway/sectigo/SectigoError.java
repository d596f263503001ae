package io.certflow.gateway.sectigo;

import io.certflow.events.FailureReason;
import io.certflow.gateway.ca.Refused;
import io.certflow.gateway.ca.Setback;
import io.certflow.gateway.ca.Unknown;
import io.micronaut.core.annotation.Nullable;

/**
 * A Sectigo error in certflow's terms.
 *
 * @param kind         what to do about it
 * @param reason       the reason an order fails with (for {@link ErrorKind#PERMANENT})
 * @param message      in words, for a customer or operator
 * @param field        the order field at fault, in certflow's names, if one is named
 * @param providerCode Sectigo's code as text, for support
 */
record SectigoError(ErrorKind kind, FailureReason reason, String message, @Nullable String field,
                    @Nullable String providerCode) {

    static SectigoError transientFailure(String message) {
        return new SectigoError(ErrorKind.TRANSIENT, FailureReason.RETRIES_EXHAUSTED, message, null, null);
    }

    /** An unknown outcome the port hands back, as the error it stood for. */
    static SectigoError of(Unknown unknown) {
        return new SectigoError(ErrorKind.TRANSIENT, FailureReason.RETRIES_EXHAUSTED, unknown.message(), null,
                unknown.providerCode());
    }

    /**
     * As the port says it: transient → unknown; anything else → refused. An "already submitted" that
     * reaches here had nothing to look up (replacement, authorization), so it is final.
     */
    Setback setback() {
        return setback(false);
    }

    Setback setback(boolean orderAlreadyChanged) {
        if (kind == ErrorKind.TRANSIENT) {
            return new Unknown(message, providerCode);
        }
        return new Refused(reason, message, field, providerCode, orderAlreadyChanged);
    }
}
