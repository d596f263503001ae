package io.certflow.notifier.support;

import io.certflow.events.Event;
import io.certflow.events.Topics;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.ReceivedMail;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/**
 * The notifier against the JVM's real Kafka, its own PostgreSQL database and an SMTP server.
 * Upstream events are produced as the other services' outboxes do: the event's JSON from the
 * context's ObjectMapper, keyed by {@code Event.key()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotifierTestContext implements TestPropertyProvider {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    @Inject
    protected ObjectMapper json;

    private KafkaProducer<String, byte[]> producer;

    /** This class's database, so that contexts of different classes never share mail rows. */
    protected abstract String database();

    /** Where the notifier sends mail: the JVM's shared SMTP server unless a test needs its own. */
    protected int smtpPort() {
        return Infrastructure.smtp().port();
    }

    /**
     * How often the sender scans for due retries when no new email woke it. Longer than any wait in
     * a test by default, so every email a test sees went out because its commit woke the sender.
     */
    protected String pollInterval() {
        return "10m";
    }

    @Override
    public Map<String, String> getProperties() {
        Infrastructure.kafka().createTopics(3, Topics.ORDER_REQUESTED, Topics.ORDER_PLACED, Topics.ORDER_FAILED,
                Topics.CERTIFICATE_STORED, Topics.CERTIFICATE_STATUS_CHANGED, Topics.CERTIFICATE_REVOKED,
                Topics.CERTIFICATE_EXPIRING, Topics.ORDER_REVOCATION_FAILED);
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(database()));
        properties.put("certflow.notifier.smtp.host", Infrastructure.smtp().host());
        properties.put("certflow.notifier.smtp.port", String.valueOf(smtpPort()));
        properties.put("certflow.notifier.smtp.connect-timeout", "2s");
        properties.put("certflow.notifier.smtp.timeout", "5s");
        properties.put("certflow.notifier.mail.poll-interval", pollInterval());
        properties.put("certflow.notifier.mail.first-retry-delay", "200ms");
        properties.put("certflow.notifier.mail.max-retry-delay", "1s");
        properties.put("certflow.notifier.links.cert-store-public-url", "https://certs.example.net");
        properties.put("certflow.notifier.notifications.revoked-status-delay", revokedStatusDelay());
        return properties;
    }

    /** How long the email of a bare "revoked" status waits for the gateway's certificate.revoked. */
    protected String revokedStatusDelay() {
        return "30s";
    }

    protected void publish(Event event) {
        try {
            producer().send(new ProducerRecord<>(event.topic(), event.key(), json.writeValueAsBytes(event))).get();
        } catch (IOException | ExecutionException e) {
            throw new IllegalStateException("cannot publish " + event.metadata().type(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static List<ReceivedMail> mailTo(List<ReceivedMail> received, String address) {
        return received.stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** An order whose recipient and Sectigo number the notifier knows, its "placed" email sent. */
    protected String placedOrder(UUID orderId, String email) {
        String number = LifecycleFixtures.uniqueSectigoOrder();
        publish(Fixtures.requested(orderId, email));
        publish(LifecycleFixtures.placed(orderId, number, null));
        awaitMail(email, "Your certificate order for ");
        return number;
    }

    protected ReceivedMail awaitMail(String email, String subjectStart) {
        await().atMost(MAIL_PATIENCE).until(() -> !mailsTo(email, subjectStart).isEmpty());
        return mailsTo(email, subjectStart).get(0);
    }

    protected List<ReceivedMail> mailsTo(String email, String subjectStart) {
        return mailTo(Infrastructure.smtp().received(), email).stream()
                .filter(mail -> mail.subject().startsWith(subjectStart)).toList();
    }

    /** Whether the notifier has handled the event (in any of its consumers). */
    protected boolean processed(Event event) {
        return queryLong("SELECT count(*) FROM messaging_processed_event WHERE event_id = '"
                + event.metadata().eventId() + "'") > 0;
    }

    /** One number from this class's database, on a connection of its own. */
    protected long queryLong(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One text from this class's database, or null. */
    protected String queryText(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
