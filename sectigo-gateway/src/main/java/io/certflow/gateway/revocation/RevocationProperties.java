package io.certflow.gateway.revocation;

import io.certflow.gateway.workqueue.Backoff;
import io.certflow.gateway.workqueue.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How the revocation ledger is worked off.
 *
 * @param batchSize      most rows claimed per claim round
 * @param lease          how long a claimed row is a worker's alone (must exceed twice
 *                       {@code certflow.gateway.sectigo.timeout})
 * @param maxAttempts    {@code !AutoRevokeSSL} attempts before the revocation is REFUSED
 * @param initialBackoff wait after the first transient failure; doubled per attempt, then jittered
 * @param maxBackoff     cap of that wait
 */
@ConfigurationProperties("certflow.gateway.revocation")
public record RevocationProperties(int batchSize, Duration lease, int maxAttempts, Duration initialBackoff,
                                   Duration maxBackoff) {

    public RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, new Backoff(initialBackoff, maxBackoff));
    }
}
