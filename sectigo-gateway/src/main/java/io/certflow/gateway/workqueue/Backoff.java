package io.certflow.gateway.workqueue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the wait before the next attempt doubles per attempt
 * up to {@code max}, and is drawn between half of that and all of it. The jitter spreads the retries
 * of a batch that failed together (e.g. on -42) instead of sending them back at the same instant;
 * the fixed half keeps a retry from following its failure at once.
 *
 * @param initial the wait after the first failed attempt (before jitter)
 * @param max     the cap (before jitter)
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial (" + initial + ") <= max (" + max + ")");
        }
    }

    /** The wait after {@code attemptsSoFar} attempts, with a random draw. */
    public Duration after(int attemptsSoFar) {
        return after(attemptsSoFar, ThreadLocalRandom.current().nextDouble());
    }

    /** The wait after {@code attemptsSoFar} attempts for a draw {@code random} in [0, 1]. */
    public Duration after(int attemptsSoFar, double random) {
        long ceiling = ceiling(attemptsSoFar).toNanos();
        double share = Math.max(0, Math.min(1, random));
        return Duration.ofNanos(ceiling / 2 + Math.round(ceiling / 2.0 * share));
    }

    /** The wait without jitter: {@code initial} doubled per attempt after the first, capped. */
    public Duration ceiling(int attemptsSoFar) {
        int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
