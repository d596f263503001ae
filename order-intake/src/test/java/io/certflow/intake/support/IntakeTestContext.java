package io.certflow.intake.support;

import io.certflow.testkit.Infrastructure;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Intake against the JVM's shared Kafka, its own PostgreSQL database and the JVM's token issuer, all real. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntakeTestContext implements TestPropertyProvider {

    private static final String DATABASE = "order_intake";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(DATABASE));
        properties.putAll(Infrastructure.tokenIssuer().micronautProperties());
        return properties;
    }

    /**
     * Counts rows on a connection of its own, outside the service's transactions, e.g.
     * {@code rows("orders")} or {@code rows("orders WHERE status = 'REQUESTED'")}.
     */
    protected long rows(String tableAndCondition) {
        return ((Number) queryOne("SELECT count(*) FROM " + tableAndCondition)).longValue();
    }

    /** The first column of the first row of {@code sql}. */
    protected Object queryOne(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
