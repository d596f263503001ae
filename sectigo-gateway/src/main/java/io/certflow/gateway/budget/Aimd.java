package io.certflow.gateway.budget;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The budget's arithmetic, free of time sources and storage: additive increase, multiplicative decrease
 * between a floor and a ceiling derived from the account's limit.
 *
 * @param ceiling        the highest rate: the limit less the headroom
 * @param floor          the lowest rate a cut leaves
 * @param decreaseFactor what a cut multiplies the rate by
 * @param stepPerSecond  calls per second added for each whole second without a cut
 * @param cutInterval    least time between two cuts
 */
record Aimd(double ceiling, double floor, double decreaseFactor, double stepPerSecond, Duration cutInterval) {

    private static final Duration STEP = Duration.ofSeconds(1);

    /** A raised rate and the instant from which the next step counts. */
    record Raise(double rate, Instant changedAt) {
    }

    static Aimd of(double callsPerSecond, BudgetProperties settings) {
        require(callsPerSecond > 0, "certflow.gateway.sectigo.calls-per-second must be positive");
        require(settings.headroom() >= 0 && settings.headroom() < 1,
                "certflow.gateway.budget.headroom must be in [0, 1)");
        require(settings.decreaseFactor() > 0 && settings.decreaseFactor() < 1,
                "certflow.gateway.budget.decrease-factor must be in (0, 1)");
        require(settings.recoveryStep() > 0, "certflow.gateway.budget.recovery-step must be positive");
        require(settings.minRate() > 0, "certflow.gateway.budget.min-rate must be positive");
        require(!settings.cutInterval().isNegative(), "certflow.gateway.budget.cut-interval must not be negative");
        double ceiling = callsPerSecond * (1 - settings.headroom());
        return new Aimd(ceiling, Math.min(settings.minRate(), ceiling), settings.decreaseFactor(),
                settings.recoveryStep() * callsPerSecond, settings.cutInterval());
    }

    /** The rate after a {@code -42}. */
    double cut(double rate) {
        return Math.max(floor, Math.min(rate, ceiling) * decreaseFactor);
    }

    /**
     * Whether a {@code -42} to a call granted at {@code grantedAt} cuts: only a call granted after the last
     * cut tells that the rate since is still too high, and never twice within the cut interval.
     */
    boolean cutsAfter(Instant grantedAt, @Nullable Instant lastCutAt, Instant now) {
        return lastCutAt == null
                || grantedAt.isAfter(lastCutAt) && Duration.between(lastCutAt, now).compareTo(cutInterval) >= 0;
    }

    /** One step per whole second since the rate last changed, up to the ceiling; empty when none is due. */
    Optional<Raise> raise(double rate, Instant changedAt, Instant now) {
        long steps = Duration.between(changedAt, now).dividedBy(STEP);
        if (rate >= ceiling || steps < 1) {
            return Optional.empty();
        }
        return Optional.of(new Raise(Math.min(ceiling, rate + steps * stepPerSecond),
                changedAt.plus(STEP.multipliedBy(steps))));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
