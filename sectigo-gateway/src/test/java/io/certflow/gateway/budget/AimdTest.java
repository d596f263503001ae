package io.certflow.gateway.budget;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AimdTest {

    private static final BudgetProperties DEFAULTS = new BudgetProperties(0.05, 0.5, 0.05, 0.5, Duration.ofSeconds(1),
            Duration.ofMillis(10));
    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    private final Aimd aimd = Aimd.of(20, DEFAULTS);

    @Test
    void shouldLeaveTheHeadroomUnusedWhenTheRateIsAtItsCeiling() {
        assertThat(aimd.ceiling()).isCloseTo(19.0, within(1e-9));
        assertThat(aimd.stepPerSecond()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldHalveTheRateWhenCut() {
        assertThat(aimd.cut(19)).isCloseTo(9.5, within(1e-9));
        assertThat(aimd.cut(aimd.cut(19))).isCloseTo(4.75, within(1e-9));
    }

    @Test
    void shouldNeverCutBelowTheMinimumRateWhenCutAgainAndAgain() {
        double rate = 19;
        for (int i = 0; i < 20; i++) {
            rate = aimd.cut(rate);
        }

        assertThat(rate).isEqualTo(0.5);
    }

    @Test
    void shouldCutFromTheCeilingWhenAnotherInstanceLeftTheRateAboveIt() {
        assertThat(aimd.cut(40)).isCloseTo(9.5, within(1e-9));
    }

    @Test
    void shouldKeepTheFloorBelowTheCeilingWhenTheLimitIsTiny() {
        Aimd slow = Aimd.of(0.2, DEFAULTS);

        assertThat(slow.floor()).isEqualTo(slow.ceiling());
        assertThat(slow.cut(slow.ceiling())).isEqualTo(slow.ceiling());
    }

    @Test
    void shouldAddOneStepPerWholeSecondWithoutACutWhenRecovering() {
        assertThat(aimd.raise(9.5, T0, T0.plusMillis(999))).isEmpty();
        assertThat(aimd.raise(9.5, T0, T0.plusMillis(1000))).contains(new Aimd.Raise(10.5, T0.plusSeconds(1)));
        assertThat(aimd.raise(9.5, T0, T0.plusMillis(3700))).contains(new Aimd.Raise(12.5, T0.plusSeconds(3)));
    }

    @Test
    void shouldStopAtTheCeilingWhenRecovered() {
        assertThat(aimd.raise(18.5, T0, T0.plusSeconds(5))).contains(new Aimd.Raise(19.0, T0.plusSeconds(5)));
        assertThat(aimd.raise(19.0, T0, T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void shouldCutOnlyForACallGrantedAfterTheLastCutWhenMinusFortyTwoArrives() {
        Instant lastCut = T0;

        assertThat(aimd.cutsAfter(T0.minusSeconds(5), null, T0)).as("the first -42 ever").isTrue();
        assertThat(aimd.cutsAfter(T0.minusMillis(1), lastCut, T0.plusSeconds(3)))
                .as("granted before the cut: the old rate's answer").isFalse();
        assertThat(aimd.cutsAfter(T0.plusMillis(100), lastCut, T0.plusMillis(500)))
                .as("within the cut interval").isFalse();
        assertThat(aimd.cutsAfter(T0.plusMillis(100), lastCut, T0.plusMillis(1000))).isTrue();
    }

    @Test
    void shouldRefuseSettingsThatCannotAdaptWhenConfigured() {
        assertThatThrownBy(() -> Aimd.of(0, DEFAULTS))
                .hasMessageContaining("certflow.gateway.sectigo.calls-per-second");
        assertThatThrownBy(() -> Aimd.of(20, new BudgetProperties(0.05, 1.0, 0.05, 0.5, Duration.ofSeconds(1),
                Duration.ZERO))).hasMessageContaining("decrease-factor");
        assertThatThrownBy(() -> Aimd.of(20, new BudgetProperties(1.0, 0.5, 0.05, 0.5, Duration.ofSeconds(1),
                Duration.ZERO))).hasMessageContaining("headroom");
        assertThatThrownBy(() -> Aimd.of(20, new BudgetProperties(0.05, 0.5, 0, 0.5, Duration.ofSeconds(1),
                Duration.ZERO))).hasMessageContaining("recovery-step");
        assertThatThrownBy(() -> Aimd.of(20, new BudgetProperties(0.05, 0.5, 0.05, 0, Duration.ofSeconds(1),
                Duration.ZERO))).hasMessageContaining("min-rate");
    }
}
