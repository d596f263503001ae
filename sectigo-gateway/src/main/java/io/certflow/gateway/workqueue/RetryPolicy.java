package io.certflow.gateway.workqueue;

import java.time.Instant;
import java.util.Optional;

/**
 * When a transiently failed row is tried again, and when it is given up.
 *
 * @param maxAttempts attempts before the row fails for good
 * @param backoff     the wait between attempts
 */
public record RetryPolicy(int maxAttempts, Backoff backoff) {

    /** The time of the next attempt after {@code attemptsSoFar}, or empty once the attempts are spent. */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant now) {
        return attemptsSoFar < maxAttempts ? Optional.of(now.plus(backoff.after(attemptsSoFar))) : Optional.empty();
    }

    public boolean isLastAttempt(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }
}
