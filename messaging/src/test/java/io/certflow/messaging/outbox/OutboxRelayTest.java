package io.certflow.messaging.outbox;

import io.certflow.messaging.support.TestContext;
import io.certflow.messaging.support.TestEvent;
import io.certflow.messaging.support.TopicReader;
import io.certflow.testkit.Infrastructure;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.certflow.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayTest implements TestPropertyProvider {

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ObjectMapper json;
    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        // A fallback poll far longer than any wait below: only the commit can wake the relay.
        return TestContext.properties("messaging_outbox", "certflow.outbox.poll-interval", "60s");
    }

    @Test
    void shouldPublishOnlyTheCommittedEventsWithCloudEventHeadersWhenOneTransactionRollsBack() throws Exception {
        String topic = "messaging.test.rollback.v1";
        Infrastructure.kafka().createTopics(1, topic);
        TestEvent rolledBack = TestEvent.of(topic, "k1", 1);
        TestEvent first = TestEvent.of(topic, "k1", 2);
        TestEvent second = TestEvent.of(topic, "k1", 3);

        transactions.executeWrite(status -> {
            outbox.append(rolledBack);
            status.setRollbackOnly();
            return null;
        });
        transactions.executeWrite(status -> {
            outbox.append(first);
            outbox.append(second);
            return null;
        });

        try (TopicReader reader = new TopicReader(topic, 1)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.poll().size() >= 2);
            List<ConsumerRecord<byte[], byte[]>> published = reader.poll();
            assertThat(published).extracting(r -> header(r, CloudEventHeaders.ID))
                    .containsExactly(first.metadata().eventId().toString(), second.metadata().eventId().toString());
            assertCloudEvent(published.get(0), first);
            assertCloudEvent(published.get(1), second);
        }
    }

    @Test
    void shouldWakeTheRelayWhenEventsCommitInsideAnEnclosingTransaction() {
        String topic = "messaging.test.nested.v1";
        Infrastructure.kafka().createTopics(1, topic);
        TestEvent event = TestEvent.of(topic, "k", 1);

        transactions.executeWrite(outer -> transactions.executeWrite(inner -> {
            outbox.append(event);
            return null;
        }));

        await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(5)).until(() -> isPublished(event));
    }

    @Test
    void shouldRefuseToAppendWhenThereIsNoTransaction() {
        TestEvent event = TestEvent.of("messaging.test.no-tx.v1", "k", 1);

        assertThatThrownBy(() -> outbox.append(event)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void shouldPublishWithinMillisecondsWhenTheCommitWakesTheRelay() {
        String topic = "messaging.test.latency.v1";
        Infrastructure.kafka().createTopics(1, topic);
        TestEvent event = TestEvent.of(topic, "k", 1);

        transactions.executeWrite(status -> {
            outbox.append(event);
            return null;
        });

        await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(5)).until(() -> isPublished(event));
    }

    private boolean isPublished(TestEvent event) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT published_at IS NOT NULL FROM messaging_outbox WHERE event_id = ?", statement -> {
                    statement.setObject(1, event.metadata().eventId());
                    try (var result = statement.executeQuery()) {
                        return result.next() && result.getBoolean(1);
                    }
                }));
    }

    private void assertCloudEvent(ConsumerRecord<byte[], byte[]> record, TestEvent event) throws Exception {
        assertThat(new String(record.key())).isEqualTo(event.key());
        assertThat(json.readValue(record.value(), TestEvent.class)).isEqualTo(event);
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("certflow.test.event.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("messaging-test");
        assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(event.metadata().occurredAt().toString());
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.metadata().correlationId());
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }
}
