package io.certflow.messaging.inbox;

import io.certflow.events.Event;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Makes a consumer's side effects happen once per event although Kafka delivers at least once:
 * the event id is recorded in the same transaction as the side effect, so either both commit or
 * neither does, and a redelivered event finds its id and changes nothing.
 *
 * <p>Two deliveries of one event racing on two consumers (after a rebalance) are serialized by
 * the primary key: the second insert waits for the first transaction and then finds the row.
 */
@Singleton
public class IdempotentConsumer {

    private static final String INSERT = """
            INSERT INTO messaging_processed_event (consumer, event_id) VALUES (?, ?)
            ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;

    public IdempotentConsumer(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs the side effect in a transaction (joining the caller's, if any) unless this consumer
     * already handled the event. An exception from the side effect rolls back the event id too,
     * so the retried delivery runs it again.
     *
     * @param consumer a stable name of the consuming use case, e.g. {@code notifier.certificate-stored}
     * @return {@code true} if the side effect ran, {@code false} for a duplicate
     */
    @Transactional
    public boolean handleOnce(String consumer, Event event, Runnable sideEffect) {
        if (!firstDelivery(consumer, event.metadata().eventId())) {
            return false;
        }
        sideEffect.run();
        return true;
    }

    /**
     * Records the event id in the caller's transaction; {@code false} if it was already recorded.
     * For handlers that manage their transaction themselves.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            return statement.executeUpdate() == 1;
        });
    }
}
