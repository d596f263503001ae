package io.certflow.messaging.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Settings of the outbox relay, under {@code certflow.outbox}.
 *
 * @param enabled      whether this process runs a relay (any number may; see {@link OutboxRelay})
 * @param batchSize    rows published per database transaction
 * @param pollInterval fallback scan interval, for notifications lost while the listening
 *                     connection was down; commits normally wake the relay at once
 * @param maxBackoff   upper bound of the exponential wait after a failure (broker or database down)
 */
@ConfigurationProperties("certflow.outbox")
public record OutboxProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "30s") Duration maxBackoff) {

    public OutboxProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("certflow.outbox.batch-size must be at least 1");
        }
    }
}
