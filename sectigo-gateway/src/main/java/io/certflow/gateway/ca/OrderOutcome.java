package io.certflow.gateway.ca;

/** What came of asking the CA for an order: placed, refused, or unknown. */
public sealed interface OrderOutcome permits Placed, Setback {
}
