package io.certflow.gateway.placement;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How the ledger is worked off.
 *
 * @param pollInterval   pause between two looks for due rows
 * @param batchSize      rows claimed per look
 * @param lease          how long a claimed row is a worker's alone; a crashed worker's rows come back after it
 * @param maxAttempts    Sectigo calls per order before it fails with RETRIES_EXHAUSTED
 * @param initialBackoff wait after the first transient failure; doubled per attempt
 * @param maxBackoff     cap of that wait
 */
@ConfigurationProperties("gateway.placement")
public record PlacementProperties(Duration pollInterval, int batchSize, Duration lease, int maxAttempts,
                                  Duration initialBackoff, Duration maxBackoff) {

    /** The wait before attempt {@code attemptsSoFar + 1}. */
    public Duration backoffAfter(int attemptsSoFar) {
        int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
