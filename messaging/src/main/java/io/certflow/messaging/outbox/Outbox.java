package io.certflow.messaging.outbox;

import io.certflow.events.Event;
import io.certflow.events.EventMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records events for publication in the caller's database transaction, so that a state change
 * and the events it causes commit together or not at all. The relay publishes them after commit.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            INSERT INTO messaging_outbox
                (event_id, topic, record_key, event_type, payload, ce_source, ce_time, ce_subject)
            VALUES (?, ?, ?, ?, CAST(? AS json), ?, ?, ?)""";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public Outbox(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
