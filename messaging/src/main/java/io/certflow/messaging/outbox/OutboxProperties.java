package io.certflow.messaging.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Settings of the outbox relay, under {@code certflow.outbox}.
 *
 * @param enabled      whether this process runs a relay (any number may; see {@link OutboxRelay})
 * @param batchSize    rows published per database transaction
 * @param pollInterval fallback scan interval, for rows committed by a process whose relay did not
 *                     run them (it died, or runs none); commits normally wake the relay at once
 * @param maxBackoff   upper bound of the exponential wait after a failure (broker or database down)
 * @param lockWait     how long a woken relay waits for another instance's batch to end before it
 *                     leaves the rows to that instance and the next wake-up
 */
@ConfigurationProperties("certflow.outbox")
public record OutboxProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "30s") Duration maxBackoff,
        @Bindable(defaultValue = "5s") Duration lockWait) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("certflow.outbox.batch-size must be at least 1");
        }
    }
}
