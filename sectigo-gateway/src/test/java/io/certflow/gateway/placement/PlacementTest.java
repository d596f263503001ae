package io.certflow.gateway.placement;

import io.certflow.events.FailureReason;
import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:15:30Z");
    private static final Placement REQUESTED = Placement.request(UUID.randomUUID(), UUID.randomUUID(), null,
            OrderFixtures.golden(), NOW);

    @Test
    void shouldBeDueAtOnceWhenRequested() {
        assertThat(REQUESTED.state()).isEqualTo(PlacementState.PENDING);
        assertThat(REQUESTED.attempts()).isZero();
        assertThat(REQUESTED.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void shouldCountTheAttemptAndHoldALeaseWhenClaimed() {
        Placement claimed = REQUESTED.claim(NOW, Duration.ofMinutes(2));

        assertThat(claimed.state()).isEqualTo(PlacementState.IN_FLIGHT);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.leaseUntil()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void shouldGoBackToTheQueueWithTheErrorWhenAnAttemptFailsTransiently() {
        Placement retry = REQUESTED.claim(NOW, Duration.ofMinutes(2)).retryAt(NOW.plusSeconds(4), "HTTP 503", NOW);

        assertThat(retry.state()).isEqualTo(PlacementState.PENDING);
        assertThat(retry.nextAttemptAt()).isEqualTo(NOW.plusSeconds(4));
        assertThat(retry.lastError()).isEqualTo("HTTP 503");
        assertThat(retry.leaseUntil()).isNull();
    }

    @Test
    void shouldRecognizeOnlyItsCurrentAttemptWhenAnotherWorkerTookItOver() {
        Placement first = REQUESTED.claim(NOW, Duration.ofMinutes(2));
        Placement second = first.claim(NOW.plusSeconds(121), Duration.ofMinutes(2));

        assertThat(second.isAttempt(second)).isTrue();
        assertThat(second.isAttempt(first)).isFalse();
    }

    @Test
    void shouldRefuseAnyStepWhenTheOutcomeIsFinal() {
        Placement placed = REQUESTED.claim(NOW, Duration.ofMinutes(2)).place("1234567", NOW);
        Placement failed = REQUESTED.claim(NOW, Duration.ofMinutes(2)).fail(FailureReason.CSR_REJECTED, "bad", NOW);

        assertThat(placed.sectigoOrderNumber()).isEqualTo("1234567");
        assertThat(failed.failureReason()).isEqualTo("CSR_REJECTED");
        assertThatThrownBy(() -> placed.claim(NOW, Duration.ofMinutes(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.place("1", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> REQUESTED.place("1", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepTheSectigoNumberAndAuthorizeNextWhenSectigoHoldsTheOrderForAuthorization() {
        Placement awaiting = REQUESTED.claim(NOW, Duration.ofMinutes(2)).awaitAuthorization("7654321", NOW);
        Placement authorizing = awaiting.claim(NOW.plusSeconds(1), Duration.ofMinutes(2));
        Placement retried = authorizing.retryAt(NOW.plusSeconds(5), "HTTP 503", NOW.plusSeconds(2));

        assertThat(awaiting.state()).isEqualTo(PlacementState.AWAITING_AUTHORIZATION);
        assertThat(awaiting.step()).isEqualTo(PlacementStep.AUTHORIZE);
        assertThat(awaiting.attempts()).isZero();
        assertThat(authorizing.state()).isEqualTo(PlacementState.AUTHORIZING);
        assertThat(authorizing.sectigoOrderNumber()).isEqualTo("7654321");
        assertThat(retried.state()).isEqualTo(PlacementState.AWAITING_AUTHORIZATION);
        assertThat(retried.sectigoOrderNumber()).isEqualTo("7654321");
        assertThat(authorizing.place("7654321", NOW).isPlaced()).isTrue();
    }

    @Test
    void shouldReplaceRatherThanPlaceWhenTheOrderNamesTheOneItReplaces() {
        Placement replacement = Placement.request(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), true,
                OrderFixtures.golden(), NOW);

        assertThat(replacement.step()).isEqualTo(PlacementStep.REPLACE);
        assertThat(replacement.revokeReplaced()).isTrue();
        assertThat(REQUESTED.step()).isEqualTo(PlacementStep.PLACE);
    }
}
