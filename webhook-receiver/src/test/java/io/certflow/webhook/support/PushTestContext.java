package io.certflow.webhook.support;

import io.certflow.events.OrderPlaced;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The receiver against the JVM's shared Kafka and a PostgreSQL database of its own, both real, with
 * the test credentials and, by default, an allowlist holding the loopback address the tests push
 * from. Subclasses change the push settings to test the allowlist and proxies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PushTestContext implements TestPropertyProvider {

    public static final String PATH = "/sectigo/push";

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected ObjectMapper json;

    protected String database() {
        return "webhook_receiver";
    }

    protected Map<String, String> pushProperties() {
        return Map.of("certflow.webhook.push.allowed-ips", "127.0.0.1,::1");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(database()));
        properties.put("certflow.webhook.push.username", PushClient.USERNAME);
        properties.put("certflow.webhook.push.password", PushClient.PASSWORD);
        properties.putAll(pushProperties());
        return properties;
    }

    /**
     * Tells the receiver, as sectigo-gateway's {@code order.placed} would, that certflow placed this
     * Sectigo number, and waits until it knows: only then are its pushes published.
     */
    protected UUID placed(String orderNumber) {
        UUID orderId = UUID.randomUUID();
        new EventLog(json).publish(OrderPlaced.of("sectigo-gateway", orderId, orderNumber, null, null, null, null,
                List.of(), null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("known_order WHERE sectigo_order_number = '" + orderNumber + "'") == 1);
        return orderId;
    }

    protected PushClient sectigo() {
        return PushClient.to(server.getPort());
    }

    /** Counts rows on a connection of its own, outside the service's transactions. */
    protected long rows(String tableAndCondition) {
        try (Connection connection = connect();
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void execute(String sql) {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        var postgres = Infrastructure.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(), postgres.password());
    }
}
