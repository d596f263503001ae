package io.certflow.gateway.ca;

/** Any call that did not get what it asked for: refused for good, or without a clear answer. */
public sealed interface Setback extends OrderOutcome, RevocationOutcome permits Refused, Unknown {

    /** In words, for a customer or operator. */
    String message();

    /** The CA's own code as text, for support only; features never decide on it. */
    String providerCode();
}
