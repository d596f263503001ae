package io.certflow.gateway.placement;

import io.certflow.gateway.workqueue.Backoff;
import io.certflow.gateway.workqueue.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How the placement ledger is worked off.
 *
 * @param batchSize      most rows claimed per lane and claim round
 * @param lease          how long a claimed row is a worker's alone; a crashed worker's rows come back after it
 * @param maxAttempts    Sectigo attempts per order (or authorization) before it fails with RETRIES_EXHAUSTED
 * @param initialBackoff wait after the first transient failure; doubled per attempt, then jittered
 * @param maxBackoff     cap of that wait
 */
@ConfigurationProperties("certflow.gateway.placement")
public record PlacementProperties(int batchSize, Duration lease, int maxAttempts, Duration initialBackoff,
                                  Duration maxBackoff) {

    public RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, new Backoff(initialBackoff, maxBackoff));
    }
}
