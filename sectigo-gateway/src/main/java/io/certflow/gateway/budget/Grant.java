package io.certflow.gateway.budget;

import java.time.Instant;

/**
 * The right to make one Sectigo call, granted at {@code grantedAt} on the database's clock. A
 * {@code -42} answer to a call granted before the last cut says nothing about the rate since.
 */
public record Grant(Instant grantedAt) {
}
