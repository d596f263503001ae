package io.certflow.gateway.support;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
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
 * The gateway against the JVM's real Kafka, its own PostgreSQL database and the sandbox over HTTP,
 * with short retry pauses so that backoff shows within a test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTestContext implements TestPropertyProvider {

    private static final String DATABASE = "sectigo_gateway_flow";

    @Inject
    protected ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(DATABASE));
        Infrastructure.kafka().createTopics(3, Topics.ORDER_REQUESTED, Topics.ORDER_PLACED, Topics.ORDER_FAILED);
        properties.put("sectigo.base-url", Sandbox.baseUrl());
        properties.put("sectigo.calls-per-second", "20");
        properties.put("gateway.placement.poll-interval", "100ms");
        properties.put("gateway.placement.initial-backoff", "100ms");
        properties.put("gateway.placement.max-backoff", "400ms");
        properties.put("gateway.placement.max-attempts", "8");
        return properties;
    }

    /** Publishes the event as the outbox relay would: its JSON, keyed by the order id. */
    protected void publish(OrderRequested event) {
        new EventLog(json).publish(event);
    }

    /** The first column of the first row of a query, on a connection of its own. */
    protected Object scalar(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected long count(String tableAndCondition) {
        return ((Number) scalar("SELECT count(*) FROM " + tableAndCondition)).longValue();
    }
}
