package io.certflow.messaging.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long rows are kept, under {@code certflow.retention}; every service runs the same
 * {@link RetentionJob} with its own {@link RetentionRule}s.
 *
 * @param personalData how long personal data (names, phones, addresses, CSR text, Sectigo's
 *                     answers, mail bodies) stays after the row's last change
 * @param outbox       how long a published outbox row stays (an unpublished one is never removed)
 * @param inbox        how long the inbox remembers a handled event id; it must exceed the topics'
 *                     retention, because a redelivered event whose id was already forgotten would be
 *                     handled a second time
 * @param interval     pause between two runs
 * @param initialDelay wait after start before the first run
 * @param batchSize    rows changed per database transaction
 */
@ConfigurationProperties("certflow.retention")
public record RetentionProperties(
        @Bindable(defaultValue = "P90D") Duration personalData,
        @Bindable(defaultValue = "P7D") Duration outbox,
        @Bindable(defaultValue = "P30D") Duration inbox,
        @Bindable(defaultValue = "PT1H") Duration interval,
        @Bindable(defaultValue = "PT1M") Duration initialDelay,
        @Bindable(defaultValue = "1000") int batchSize) {

    public RetentionProperties {
        positive(personalData, "personal-data");
        positive(outbox, "outbox");
        positive(inbox, "inbox");
        positive(interval, "interval");
        if (batchSize < 1) {
            throw new IllegalArgumentException("certflow.retention.batch-size must be at least 1");
        }
    }

    /** The age after which a row that the setting governs is changed. */
    public Duration of(RetentionRule.Age age) {
        return switch (age) {
            case PERSONAL_DATA -> personalData;
            case OUTBOX -> outbox;
            case INBOX -> inbox;
        };
    }

    private static void positive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("certflow.retention." + key + " must be a positive duration");
        }
    }
}
