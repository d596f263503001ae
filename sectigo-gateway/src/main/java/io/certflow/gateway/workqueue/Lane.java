package io.certflow.gateway.workqueue;

/**
 * The order in which a claim round fills free call slots: a lane is only asked once every lane
 * before it has nothing due, so one customer's order or a revocation never waits behind a batch.
 * Within a lane rows go by {@code next_attempt_at}.
 */
public enum Lane {
    /** Revocations: a compromised key should not wait for anything. */
    REVOCATION,
    /** CollectSSL, one at a time across all instances. */
    COLLECTION,
    /** Placements of orders that came in one by one (REST, replacements). */
    INTERACTIVE,
    /** Placements of orders from the submissions topic. */
    BULK
}
