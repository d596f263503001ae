package io.certflow.messaging.outbox;

import io.certflow.messaging.KafkaClients;
import io.certflow.messaging.support.TestEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Relays built by hand, as separate processes of one service would run them, and the outbox they drain. */
@Singleton
class OutboxFixture {

    static final int BATCH_SIZE = 20;

    private final Outbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final DataSource pool;
    private final KafkaClients kafka;
    private final ObjectMapper json;
    private final OutboxSignal signal;
    private final AtomicInteger sequence = new AtomicInteger();

    OutboxFixture(Outbox outbox, TransactionOperations<Connection> transactions, JdbcOperations jdbc,
                  DataSource dataSource, DataSourceResolver resolver, KafkaClients kafka, ObjectMapper json,
                  OutboxSignal signal) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.pool = resolver.resolve(dataSource);
        this.kafka = kafka;
        this.json = json;
        this.signal = signal;
    }

    OutboxRelay relay(String name) {
        return relay(() -> kafka.reliableProducer(name, new StringSerializer(), new ByteArraySerializer()));
    }

    /** A relay whose process dies after {@code sends} records were sent, before it marks them. */
    OutboxRelay crashingRelay(int sends) {
        return relay(() -> new CrashingProducer(kafka.reliableProducerConfig("crashing"), sends));
    }

    /**
     * A relay whose first producer points at a port where no broker listens, as if the broker were
     * down; the producers after it reach the real one. Counts the producers it was given.
     */
    OutboxRelay relayFacingAnUnreachableBrokerFirst(AtomicInteger producersCreated) {
        return relay(() -> {
            Map<String, Object> config = kafka.reliableProducerConfig("unreachable-first");
            if (producersCreated.getAndIncrement() == 0) {
                config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
                config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000);
            }
            return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        });
    }

    private OutboxRelay relay(Supplier<Producer<String, byte[]>> producers) {
        return relay(producers, Duration.ofMillis(500));
    }

    /** A relay whose fallback poll is {@code pollInterval}: within it, only a commit wakes it. */
    OutboxRelay relay(String name, Duration pollInterval) {
        return relay(() -> kafka.reliableProducer(name, new StringSerializer(), new ByteArraySerializer()),
                pollInterval);
    }

    private OutboxRelay relay(Supplier<Producer<String, byte[]>> producers, Duration pollInterval) {
        OutboxProperties properties = new OutboxProperties(true, BATCH_SIZE, pollInterval, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        return new OutboxRelay(properties, pool, signal, producers);
    }

    /** Events over five keys with sequence numbers rising across calls, committed together. */
    List<TestEvent> appendInOneTransaction(String topic, int count) {
        List<TestEvent> events = IntStream.range(0, count)
                .mapToObj(i -> TestEvent.of(topic, "key-" + (i % 5), sequence.getAndIncrement()))
                .toList();
        transactions.executeWrite(status -> {
            events.forEach(outbox::append);
            return null;
        });
        return events;
    }

    /**
     * Takes the relay lock in a transaction of its own, as another instance's relay does for a
     * batch; closing the connection ends that transaction and frees the lock.
     */
    Connection holdRelayLock() throws SQLException {
        Connection connection = pool.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            statement.setLong(1, OutboxBatch.RELAY_LOCK);
            statement.executeQuery().close();
        }
        return connection;
    }

    boolean isPublished(TestEvent event) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT published_at IS NOT NULL FROM messaging_outbox WHERE event_id = ?", statement -> {
                    statement.setObject(1, event.metadata().eventId());
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() && result.getBoolean(1);
                    }
                }));
    }

    long unsentRows() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT count(*) FROM messaging_outbox WHERE published_at IS NULL", statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                }));
    }

    TestEvent read(ConsumerRecord<byte[], byte[]> record) {
        try {
            return json.readValue(record.value(), TestEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
