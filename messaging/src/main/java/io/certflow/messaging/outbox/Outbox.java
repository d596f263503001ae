package io.certflow.messaging.outbox;

import io.certflow.events.Event;
import io.certflow.events.EventMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;

/**
 * Records events for publication in the caller's database transaction, so that a state change
 * and the events it causes commit together or not at all. The relay publishes them after commit:
 * the commit wakes it ({@link OutboxSignal}).
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            INSERT INTO messaging_outbox
                (event_id, topic, record_key, event_type, payload, ce_source, ce_time, ce_subject)
            VALUES (?, ?, ?, ?, CAST(? AS json), ?, ?, ?)""";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSignal signal;

    public Outbox(JdbcOperations jdbc, ObjectMapper json, TransactionOperations<Connection> transactions,
                  OutboxSignal signal) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.signal = signal;
    }

    /**
     * Adds the event to the outbox. Fails without a surrounding transaction: an event written
     * on its own could be published for a state change that was never committed.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(Event event) {
        EventMetadata metadata = event.metadata();
        String payload = serialize(event);
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, metadata.eventId());
            statement.setString(2, event.topic());
            statement.setString(3, event.key());
            statement.setString(4, metadata.type());
            statement.setString(5, payload);
            statement.setString(6, metadata.source());
            statement.setString(7, metadata.occurredAt().toString());
            statement.setString(8, metadata.correlationId());
            return statement.executeUpdate();
        });
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal.committed();
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private String serialize(Event event) {
        try {
            return json.writeValueAsString((Argument<Event>) Argument.of(event.getClass()), event);
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + event.getClass().getName() + " cannot be serialized", e);
        }
    }
}
