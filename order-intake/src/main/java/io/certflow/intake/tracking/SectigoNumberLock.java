package io.certflow.intake.tracking;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Serializes, per Sectigo order number, the join of a status change with its {@code order.placed}.
 * Both arrive on different topics, on different consumers (and instances): without the lock, a
 * status change could find no order with its number while the placement, committing at the same
 * time, finds no parked status, and the status would stay parked forever. Taken before the order's
 * row lock, always in that order.
 */
@Singleton
class SectigoNumberLock {

    private static final int NAMESPACE = 0x696e7473;

    private final JdbcOperations jdbc;

    SectigoNumberLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the caller's transaction ends. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void lock(String sectigoOrderNumber) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))", statement -> {
            statement.setInt(1, NAMESPACE);
            statement.setString(2, sectigoOrderNumber);
            statement.executeQuery().close();
            return null;
        });
    }
}
