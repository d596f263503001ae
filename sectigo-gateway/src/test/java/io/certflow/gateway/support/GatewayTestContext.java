package io.certflow.gateway.support;

import io.certflow.events.Event;
import io.certflow.events.Topics;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(database()));
        Infrastructure.kafka().createTopics(3, Topics.ORDER_REQUESTED, Topics.ORDER_PLACED, Topics.ORDER_FAILED,
                Topics.ORDER_REVOCATION_REQUESTED, Topics.ORDER_REVOCATION_FAILED, Topics.CERTIFICATE_STATUS_CHANGED,
                Topics.CERTIFICATE_ISSUED, Topics.CERTIFICATE_REVOKED);
        properties.put("certflow.gateway.sectigo.base-url", Sandbox.baseUrl());
        properties.put("certflow.gateway.sectigo.calls-per-second", "20");
        properties.put("certflow.gateway.placement.initial-backoff", "100ms");
        properties.put("certflow.gateway.placement.max-backoff", "400ms");
        properties.put("certflow.gateway.placement.max-attempts", "8");
        properties.put("certflow.gateway.revocation.initial-backoff", "100ms");
        properties.put("certflow.gateway.revocation.max-backoff", "400ms");
        properties.put("certflow.gateway.revocation.max-attempts", "8");
        // S/MIME orders are collected within seconds; SSL orders only when a test asks for it (ssl-grace).
        properties.put("certflow.gateway.collection.interval", "2s");
        properties.put("certflow.gateway.collection.ssl-grace", "1h");
        properties.putAll(settings());
        return properties;
    }

    /** The database of this context; classes whose tests must not see each other's rows name their own. */
    protected String database() {
        return DATABASE;
    }

    /** Settings a test class needs beyond the shared ones. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** Publishes the event as another service's outbox relay would: its JSON, on its topic, with its key. */
    protected void publish(Event event) {
        new EventLog(json).publish(event);
    }

    /** The first column of the first row of a query, on a connection of its own. */
    protected Object scalar(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query, each as its columns. */
    protected List<Object[]> rows(String sql) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            List<Object[]> rows = new java.util.ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Order ids as an SQL list, e.g. for {@code order_id IN (...)}. */
    protected static String sqlList(List<UUID> orderIds) {
        return orderIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    protected long count(String tableAndCondition) {
        return ((Number) scalar("SELECT count(*) FROM " + tableAndCondition)).longValue();
    }

    /** The parameters (passwords as {@code ****}) of the sandbox's calls to {@code endpoint} carrying {@code name=value}. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> sandboxCalls(String endpoint, String name, String value) {
        return readList(Sandbox.calls()).stream().filter(call -> endpoint.equals(call.get("endpoint")))
                .map(call -> (Map<String, Object>) call.get("parameters"))
                .filter(parameters -> value.equals(parameters.get(name))).toList();
    }

    /** The sandbox's view of one order (state, names, foreignOrderNumber, certificate …). */
    protected Map<String, Object> sandboxOrder(String orderNumber) {
        try {
            return json.readValue(Sandbox.order(orderNumber), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected List<Map<String, Object>> sandboxOrdersWithForeignOrderNumber(String foreignOrderNumber) {
        return readList(Sandbox.ordersWithForeignOrderNumber(foreignOrderNumber));
    }

    /** A JSON list of the sandbox's answer, each element as text. */
    protected static List<String> strings(Object jsonList) {
        return ((List<?>) jsonList).stream().map(String::valueOf).toList();
    }

    private List<Map<String, Object>> readList(String body) {
        try {
            return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
