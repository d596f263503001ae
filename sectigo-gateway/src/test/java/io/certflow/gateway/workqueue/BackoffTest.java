package io.certflow.gateway.workqueue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void shouldDoubleTheCeilingUpToTheCapWhenAttemptsAddUp() {
        assertThat(BACKOFF.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACKOFF.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(BACKOFF.ceiling(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(BACKOFF.ceiling(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(BACKOFF.ceiling(40)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldWaitBetweenHalfAndAllOfTheCeilingWhenJittered() {
        assertThat(BACKOFF.after(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(BACKOFF.after(3, 0.5)).isEqualTo(Duration.ofSeconds(6));
        assertThat(BACKOFF.after(3, 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(BACKOFF.after(40, 1.0)).as("capped").isEqualTo(Duration.ofSeconds(10));
        assertThat(BACKOFF.after(40, 0.0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldSpreadTheRetriesOfABatchWhenItFailedTogether() {
        Set<Duration> waits = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> waits.add(BACKOFF.after(2)));

        assertThat(waits).hasSizeGreaterThan(40).allSatisfy(wait -> assertThat(wait)
                .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    }

    @Test
    void shouldGiveUpWhenTheAttemptsAreSpent() {
        RetryPolicy retries = new RetryPolicy(3, BACKOFF);
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        assertThat(retries.nextAttempt(2, now)).hasValueSatisfying(next -> assertThat(next)
                .isBetween(now.plusSeconds(2), now.plusSeconds(4)));
        assertThat(retries.nextAttempt(3, now)).isEmpty();
        assertThat(retries.isLastAttempt(3)).isTrue();
    }

    @Test
    void shouldRefuseABackoffWhenTheCapIsBelowTheFirstWait() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
