package io.certflow.gateway.budget;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The shared budget's row as one statement saw it, with the database's time of that statement.
 *
 * @param rate           calls per second granted now
 * @param rateChangedAt  when the rate was last cut or raised
 * @param callsPerSecond the account's limit as last configured
 * @param lastCutAt      the last cut, null before the first
 * @param databaseTime   the database's clock when the row was read
 */
record BudgetState(double rate, Instant rateChangedAt, double callsPerSecond, @Nullable Instant lastCutAt,
                   Instant databaseTime) {
}
