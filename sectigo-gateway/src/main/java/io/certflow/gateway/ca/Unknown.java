package io.certflow.gateway.ca;

import io.micronaut.core.annotation.Nullable;

/**
 * No clear answer (no connection, overload, the CA's call limit, an unreadable answer): the call may
 * or may not have had its effect, so it is asked again later, never taken as refused.
 */
public record Unknown(String message, @Nullable String providerCode) implements Setback {

    public static Unknown because(String message) {
        return new Unknown(message, null);
    }
}
