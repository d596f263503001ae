package io.certflow.gateway.ca;

import io.certflow.events.FailureReason;
import io.micronaut.core.annotation.Nullable;

/**
 * The CA said no, and asking again will not change that.
 *
 * @param reason              the reason the order (or revocation) fails with
 * @param field               the order field at fault, in certflow's names, if one is named
 * @param providerCode        the CA's code as text, for support
 * @param orderAlreadyChanged the order the call named is already revoked or replaced: an earlier
 *                            attempt whose answer was lost may have done it
 */
public record Refused(FailureReason reason, String message, @Nullable String field, @Nullable String providerCode,
                      boolean orderAlreadyChanged) implements Setback {

    /** A request the gateway refuses itself, before asking the CA. */
    public static Refused invalid(String message, @Nullable String field) {
        return new Refused(FailureReason.INVALID_REQUEST, message, field, null, false);
    }
}
