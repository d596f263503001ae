package io.certflow.messaging.retention;

import io.certflow.messaging.support.TestContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionJobTest implements TestPropertyProvider {

    @Inject
    RetentionJob job;
    @Inject
    RetentionCounts counts;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestContext.properties("messaging_retention", "certflow.outbox.enabled", "false",
                "certflow.retention.initial-delay", "1h", "certflow.retention.batch-size", "2");
    }

    @Test
    void shouldDeleteOnlyPublishedOutboxRowsOlderThanTheCutOffWhenTheJobRuns() {
        List<UUID> old = List.of(outboxRow("8 days", "8 days"), outboxRow("9 days", "8 days"),
                outboxRow("10 days", "9 days"));
        UUID recent = outboxRow("6 days", "6 days");
        UUID unsent = outboxRow("40 days", null);

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("messaging_outbox.published", 3L);
        assertThat(second).containsEntry("messaging_outbox.published", 0L);
        assertThat(remaining("messaging_outbox")).doesNotContainAnyElementsOf(old).contains(recent, unsent);
        assertThat(counts.sinceStart()).containsEntry("messaging_outbox.published", 3L);
    }

    @Test
    void shouldForgetOnlyEventIdsOlderThanTheInboxRetentionWhenTheJobRuns() {
        UUID old = processedEvent("31 days");
        UUID recent = processedEvent("29 days");

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("messaging_processed_event", 1L);
        assertThat(second).containsEntry("messaging_processed_event", 0L);
        assertThat(remaining("messaging_processed_event")).doesNotContain(old).contains(recent);
    }

    private UUID outboxRow(String age, String publishedAgo) {
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO messaging_outbox (event_id, topic, record_key, event_type, payload, ce_source,
                    ce_time, created_at, published_at)
                VALUES (?, 't', 'k', 'test', '{}', 'test', 'now', now() - CAST(? AS interval),
                    now() - CAST(? AS interval))""", id, age, publishedAgo);
        return id;
    }

    private UUID processedEvent(String age) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO messaging_processed_event (consumer, event_id, processed_at) "
                + "VALUES ('retention', ?, now() - CAST(? AS interval))", id, age);
        return id;
    }

    private void execute(String sql, Object... parameters) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }));
    }

    private List<UUID> remaining(String table) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT event_id FROM " + table, statement -> {
                    List<UUID> ids = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                }));
    }
}
