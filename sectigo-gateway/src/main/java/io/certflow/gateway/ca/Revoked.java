package io.certflow.gateway.ca;

/** The certificate is revoked (now, or by an earlier attempt). */
public record Revoked() implements RevocationOutcome {
}
