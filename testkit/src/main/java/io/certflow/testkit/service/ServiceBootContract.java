package io.certflow.testkit.service;

import io.certflow.testkit.ControllerPolicy;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.KafkaListenerPolicy;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every certflow service must do from its first line: boot against real Kafka and PostgreSQL,
 * report itself healthy, migrate its own database, use no message-losing listener defaults, and keep
 * blocking routes off the event loop, and refuse to start outside development without its secrets.
 * A service's test extends this, annotates itself {@code @MicronautTest} and names its database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceBootContract implements TestPropertyProvider {

    /** Migrations that {@code messaging} puts into every service's database. */
    private static final int MESSAGING_MIGRATIONS = 2;

    @Inject
    @Client("/")
    protected HttpClient http;

    /** The service's own database, e.g. {@code sectigo_gateway}. */
    protected abstract String database();

    /** The service's root package, whose listeners the policy check reads. */
    protected abstract String basePackage();

    /** The variables of the secrets the service refuses to start without outside development. */
    protected List<String> requiredSecrets() {
        return List.of("DATABASE_PASSWORD");
    }

    @Override
    public Map<String, String> getProperties() {
        return Infrastructure.micronautProperties(database());
    }

    @Test
    void shouldReportUpWhenServiceBoots() {
        Map<?, ?> health = http.toBlocking().retrieve("/health", Map.class);

        assertEquals("UP", health.get("status"), () -> "health: " + health);
    }

    @Test
    void shouldApplyEveryMigrationWhenServiceBoots() throws SQLException {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success) "
                             + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
            result.next();
            assertTrue(result.getInt(1) >= MESSAGING_MIGRATIONS, "applied migrations: " + result.getInt(1));
            assertEquals(0, result.getInt(2), "failed migrations");
        }
    }

    @Test
    void shouldUseNoMessageLosingDefaultsWhenListeningToKafka() {
        KafkaListenerPolicy.assertNoDefaultStrategies(basePackage());
    }

    @Test
    void shouldKeepRoutesOffTheEventLoopWhenServingHttp() {
        ControllerPolicy.assertExecutorNamed(basePackage());
    }

    @Test
    void shouldRefuseToStartWhenSecretsAreMissingOutsideDevelopment() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.remove("datasources.default.password");
        properties.put("micronaut.server.port", "-1");

        Throwable refusal = assertThrows(RuntimeException.class, () -> ApplicationContext.builder()
                .deduceEnvironment(false).environments("prod").properties(properties).start().close());

        String line = rootCause(refusal).getMessage();
        for (String variable : requiredSecrets()) {
            assertTrue(line.matches(".*\\b" + variable + " \\([a-z.-]+\\) is not set.*"), () -> variable + ": " + line);
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
