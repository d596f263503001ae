package io.certflow.messaging.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.UUID;

/**
 * Serializes, per order, the transactions of a service that join events arriving on different
 * topics and consumers: an event parked because its order (or Sectigo number) is not known yet,
 * and the event that makes it known and releases what was parked. Without the lock each
 * transaction can miss the other's uncommitted row, and the parked event waits forever; two events
 * with the same news could also both see nothing done yet and both act.
 *
 * <p>Transaction-scoped advisory locks (held until commit or rollback), in two namespaces of this
 * service's database. The Sectigo number is always locked before the order, and a handler that
 * locks a second order ({@link #lockOrder}, e.g. the order a replacement replaces) does so after the
 * inbox locked its own, always in that order, so two transactions never wait for each other in a
 * circle.
 */
@Singleton
public class OrderLocks {

    private static final int SECTIGO_NUMBER = 0x63666e6f;
    private static final int ORDER = 0x63666f72;
    private static final String LOCK = "SELECT pg_advisory_xact_lock(?, hashtext(?))";
    private static final TransactionDefinition MANDATORY =
            TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public OrderLocks(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Locks what the key names, number first; outside a transaction it throws, as a lock would end at once. */
    public void lock(OrderKey key) {
        if (key.sectigoOrderNumber() != null) {
            lock(SECTIGO_NUMBER, key.sectigoOrderNumber());
        }
        if (key.orderId() != null) {
            lock(ORDER, key.orderId().toString());
        }
    }

    public void lockOrder(UUID orderId) {
        lock(OrderKey.order(orderId));
    }

    private void lock(int namespace, String key) {
        transactions.execute(MANDATORY, status -> jdbc.prepareStatement(LOCK, statement -> {
            statement.setInt(1, namespace);
            statement.setString(2, key);
            statement.executeQuery().close();
            return null;
        }));
    }
}
