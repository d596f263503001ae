package io.certflow.sandbox.calls;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * One call to a Sectigo-shaped endpoint. Parameters are recorded with every password replaced;
 * {@code query} is the URL's query string exactly as called, never redacted, because a secret in a
 * URL is a leak (proxies and access logs keep URLs) that certflow's tests must be able to see.
 * {@code outcome}: ANSWERED, HTTP_ERROR (5xx fault) or DROPPED (connection closed after the work).
 */
@Serdeable
public record CallRecord(long id, Instant at, String method, String endpoint, String query,
                         Map<String, String> parameters,
                         Integer errorCode, int httpStatus, String outcome, String orderNumber) {
}
