package io.certflow.messaging.inbox;

import io.certflow.events.Event;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.UUID;

/**
 * How every certflow consumer handles an event: once, although Kafka delivers at least once; in one
 * transaction; under the lock of the order it concerns. The event id is recorded in the same
 * transaction as the handler's changes, so either both commit or neither does, and a redelivered
 * event finds its id and changes nothing.
 *
 * <p>Two deliveries of one event racing on two consumers (after a rebalance) are serialized by the
 * order lock, or else by the primary key: the second insert waits for the first transaction and then
 * finds the row.
 */
@Singleton
public class Inbox {

    private static final String INSERT = """
            INSERT INTO messaging_processed_event (consumer, event_id) VALUES (?, ?)
            ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;
    private final OrderLocks locks;
    private final TransactionOperations<Connection> transactions;

    public Inbox(JdbcOperations jdbc, OrderLocks locks, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.transactions = transactions;
    }

    /** {@link #handle(String, Event, OrderKey, Runnable)} for a handler that needs no order lock. */
    public boolean handle(String consumer, Event event, Runnable handler) {
        return handle(consumer, event, OrderKey.none(), handler);
    }

    /**
     * In one transaction (joining the caller's, if any): locks the key's order, records the event id
     * and runs the handler, unless this consumer already handled the event. An exception from the
     * handler rolls back the event id too, so the retried delivery runs it again.
     *
     * @param consumer a stable name of the consuming use case, e.g. {@code notifier.certificate-stored};
     *                 two use cases of one service each handle the same event once
     * @return {@code true} if the handler ran, {@code false} for a duplicate
     */
    public boolean handle(String consumer, Event event, OrderKey lock, Runnable handler) {
        return transactions.executeWrite(status -> {
            locks.lock(lock);
            if (!firstDelivery(consumer, event.metadata().eventId())) {
                return false;
            }
            handler.run();
            return true;
        });
    }

    private boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            return statement.executeUpdate() == 1;
        });
    }
}
