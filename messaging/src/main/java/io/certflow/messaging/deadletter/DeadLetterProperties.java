package io.certflow.messaging.deadletter;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Settings of dead-letter forwarding, under {@code certflow.dead-letter}.
 *
 * @param enabled     whether messaging's exception handler replaces micronaut-kafka's default one
 * @param giveUpAfter how long a failing dead-letter publish is retried before the listener's
 *                    consumer is stopped (uncommitted, so a restart starts at that record); keep it
 *                    below the consumer's {@code max.poll.interval.ms} (5 minutes by default)
 */
@ConfigurationProperties("certflow.dead-letter")
public record DeadLetterProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2m") Duration giveUpAfter) {
}
