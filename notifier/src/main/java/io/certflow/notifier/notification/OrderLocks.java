package io.certflow.notifier.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Serializes the transactions about one order. Without it, an event parked because its recipient
 * was unknown and the {@code order.requested} that releases parked events could commit side by side,
 * each blind to the other's row, and the parked event would wait forever.
 */
@Singleton
public class OrderLocks {

    /** Namespace of the two-key advisory locks, so they never meet another feature's locks. */
    private static final int NAMESPACE = 0x6e6f7469;

    private final JdbcOperations jdbc;

    public OrderLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the caller's transaction ends. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lock(UUID orderId) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))", statement -> {
            statement.setInt(1, NAMESPACE);
            statement.setString(2, orderId.toString());
            return statement.execute();
        });
    }
}
