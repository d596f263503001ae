package io.certflow.gateway.ca;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * One call to the CA as it went out and what came back, published by the adapter after every call
 * (the audit listens). {@code parameters} are as sent, secrets included: whoever keeps them redacts.
 *
 * @param operation     the CA's name of what was called
 * @param httpStatus    null when no answer came
 * @param transportError why no answer came (timeout, connection lost)
 */
public record CallMade(@Nullable UUID orderId, String operation, Map<String, String> parameters,
                       @Nullable Integer httpStatus, @Nullable String responseBody, @Nullable String transportError,
                       Duration duration) {
}
