package io.certflow.messaging.support;

import io.certflow.messaging.inbox.Inbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A test consumer's side effect: a row in {@code test_side_effect}, handled once through the inbox. */
@Singleton
public class SideEffects {

    private final Inbox inbox;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public SideEffects(Inbox inbox, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public boolean recordOnce(String consumer, TestEvent event) {
        return inbox.handle(consumer, event, () -> insert(consumer, event));
    }

    public void insert(String consumer, TestEvent event) {
        jdbc.prepareStatement("INSERT INTO test_side_effect (consumer, event_id, seq) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, consumer);
            statement.setObject(2, event.metadata().eventId());
            statement.setInt(3, event.seq());
            return statement.executeUpdate();
        });
    }

    /** Event ids of the consumer's side effects, one entry per row. */
    public List<UUID> eventIds(String consumer) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT event_id FROM test_side_effect WHERE consumer = ? ORDER BY id", statement -> {
                    statement.setString(1, consumer);
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            ids.add(result.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                }));
    }
}
