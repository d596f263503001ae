package io.certflow.webhook.support;

import io.certflow.testkit.Infrastructure;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

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
