package io.certflow.intake.tracking;

import java.util.UUID;

/**
 * An event names an order intake never accepted. Intake is the origin of every order id, so this is
 * a broken producer, not a race: the listener's retries end in the dead-letter topic for a person.
 */
public final class UnknownOrderException extends RuntimeException {

    public UnknownOrderException(UUID orderId) {
        super("No order " + orderId);
    }
}
