package io.certflow.gateway.budget;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How the shared Sectigo call budget adapts (AIMD). The account's limit itself is
 * {@code certflow.gateway.sectigo.calls-per-second}; every instance should be given the same values here.
 *
 * @param headroom       share of the limit left unused, so that calls granted evenly never land one too
 *                       many in one of Sectigo's windows when the network delays some of them: 0.05 leaves
 *                       about 50 ms of such jitter per window, whatever the limit
 * @param decreaseFactor a {@code -42} multiplies the rate by this (0 &lt; factor &lt; 1)
 * @param recoveryStep   share of the limit added to the rate for each whole second without a cut
 * @param minRate        calls per second a cut never goes below
 * @param cutInterval    least time between two cuts: {@code -42}s of calls that were in flight together
 *                       cut once
 * @param catchUp        how late a waiting call may be granted and still keep the schedule; also the
 *                       largest burst after an idle spell (must stay well below the headroom's jitter)
 */
@ConfigurationProperties("certflow.gateway.budget")
public record BudgetProperties(double headroom, double decreaseFactor, double recoveryStep, double minRate,
                               Duration cutInterval, Duration catchUp) {
}
