package io.certflow.gateway.sectigo;

import io.certflow.events.FailureReason;
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
public record SectigoError(ErrorKind kind, FailureReason reason, String message, @Nullable String field,
                           @Nullable String providerCode) {

    public static SectigoError transientFailure(String message) {
        return new SectigoError(ErrorKind.TRANSIENT, FailureReason.RETRIES_EXHAUSTED, message, null, null);
    }
}
