package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

/**
 * One HTTP exchange with Sectigo: an HTTP status and body, or a transport failure (timeout, connection
 * lost) in which case the request may or may not have reached Sectigo.
 */
public record CallResult(@Nullable Integer httpStatus, @Nullable String body, @Nullable String transportError) {

    public boolean answered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300 && body != null;
    }
}
