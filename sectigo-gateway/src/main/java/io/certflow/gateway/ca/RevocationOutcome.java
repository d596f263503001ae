package io.certflow.gateway.ca;

/** What came of asking the CA to revoke: revoked, refused, or unknown. */
public sealed interface RevocationOutcome permits Revoked, Setback {
}
