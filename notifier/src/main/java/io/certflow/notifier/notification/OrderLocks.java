package io.certflow.notifier.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Serializes the transactions about one order. Without it, an event parked because its recipient
 * (or its order) was unknown and the event that releases parked events could commit side by side,
 * each blind to the other's row, and the parked event would wait forever; two events with the same
 * news could also both find no email yet and both send one.
 *
 * <p>A transaction that takes both locks takes the Sectigo order number's first, so two
 * transactions never wait for each other in a circle.
 */
@Singleton
public class OrderLocks {

    /** Namespaces of the two-key advisory locks, so they never meet another feature's locks. */
    private static final int ORDER_NAMESPACE = 0x6e6f7469;
    private static final int SECTIGO_ORDER_NAMESPACE = 0x6e6f7473;

    private final JdbcOperations jdbc;

    public OrderLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the caller's transaction ends. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lock(UUID orderId) {
        lock(ORDER_NAMESPACE, orderId.toString());
    }

    /** Held until the caller's transaction ends; take it before {@link #lock(UUID)}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockSectigoOrder(String sectigoOrderNumber) {
        lock(SECTIGO_ORDER_NAMESPACE, sectigoOrderNumber);
    }

    private void lock(int namespace, String key) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))", statement -> {
            statement.setInt(1, namespace);
            statement.setString(2, key);
            return statement.execute();
        });
    }
}
