package io.certflow.notifier.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the mail queue is worked, under {@code certflow.notifier.mail}.
 *
 * @param pollInterval    pause between two scans for due emails when no new email woke the sender
 * @param batchSize       emails sent over one SMTP connection (each in a database transaction of its own)
 * @param firstRetryDelay wait after the first failed attempt; it doubles with each further failure
 * @param maxRetryDelay   cap of that wait: an email is retried at least this often, forever
 */
@ConfigurationProperties("certflow.notifier.mail")
public record MailQueueProperties(
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "20") int batchSize,
        @Bindable(defaultValue = "5s") Duration firstRetryDelay,
        @Bindable(defaultValue = "30m") Duration maxRetryDelay) {

    public MailQueueProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("certflow.notifier.mail.batch-size must be at least 1");
        }
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
            throw new IllegalArgumentException("certflow.notifier.mail.first-retry-delay must be positive");
        }
        if (maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException(
                    "certflow.notifier.mail.max-retry-delay must not be below first-retry-delay");
        }
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration retryDelayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
