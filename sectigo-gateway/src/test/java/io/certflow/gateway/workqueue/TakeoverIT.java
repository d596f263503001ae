package io.certflow.gateway.workqueue;

import io.certflow.events.Dcv;
import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gateway process killed with SIGKILL while its calls are in flight: after the lease a second
 * gateway (this test's context, its own dispatcher held back until then) takes the rows over with the
 * same foreignOrderNumber; Sectigo refuses a second order (-64), the gateway finds the first through
 * !WebHostReport, and each order is placed once with one {@code order.placed}. Needs the gateway jar:
 * {@code ./mvnw -pl sectigo-gateway -am -DskipTests package}.
 */
@MicronautTest(transactional = false)
class TakeoverIT extends GatewayTestContext {

    private static final String DATABASE = "sectigo_gateway_takeover";
    private static final int ORDERS = 8;
    private static final String LEASE = "8s";
    private static final String TIMEOUT = "3s";

    @Inject
    WorkDispatchers dispatchers;

    @Override
    protected String database() {
        return DATABASE;
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.work-queue.enabled", "false", "certflow.gateway.placement.lease", LEASE,
                "certflow.gateway.sectigo.timeout", TIMEOUT, "certflow.gateway.sectigo.calls-per-second", "100");
    }

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldPlaceEachOrderOnceWhenAKilledGatewaysCallsAreTakenOver() {
        AppProcess first = AppProcess.start("sectigo-gateway", gatewayEnvironment());
        WorkDispatcher successor = dispatchers.create("successor");
        List<UUID> orders = IntStream.range(0, ORDERS).mapToObj(i -> UUID.randomUUID()).toList();
        try {
            Sandbox.faults("{\"latencyMs\":2000}");
            orders.forEach(order -> publish(OrderFixtures.requested(order,
                    OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com")))));
            String inFlight = "placement WHERE state = 'IN_FLIGHT' AND order_id IN (" + sqlList(orders) + ")";
            await().atMost(Duration.ofSeconds(60)).until(() -> count(inFlight) == ORDERS);
            // Still unanswered half a second later: by then every call has reached the slow sandbox.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> count(inFlight) == ORDERS);
            first.kill();
            successor.start();

            String placed = "placement WHERE state = 'PLACED' AND order_id IN (" + sqlList(orders) + ")";
            await().atMost(Duration.ofSeconds(90)).until(() -> count(placed) == ORDERS);
        } finally {
            successor.stop();
            first.close();
        }

        EventLog log = new EventLog(json);
        assertThat(orders).allSatisfy(order -> {
            assertThat(sandboxOrdersWithForeignOrderNumber(order.toString())).as("Sectigo orders of %s", order)
                    .hasSize(1);
            assertThat(log.all(Topics.ORDER_PLACED, order.toString(), OrderPlaced.class)).hasSize(1);
            assertThat(scalar("SELECT attempts FROM placement WHERE order_id = '" + order + "'")).isEqualTo(2);
        });
        assertThat(orders.stream().mapToLong(order -> sandboxCalls("!AutoApplyOrder", "foreignOrderNumber",
                order.toString()).size()).sum()).as("calls of both gateways").isGreaterThan(ORDERS);
    }

    private Map<String, String> gatewayEnvironment() {
        var postgres = Infrastructure.postgres();
        return Map.of("DATABASE_URL", postgres.jdbcUrl(DATABASE), "DATABASE_USER", postgres.username(),
                "DATABASE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", Infrastructure.kafka().bootstrapServers(),
                "SECTIGO_BASE_URL", Sandbox.baseUrl(), "SECTIGO_TIMEOUT", TIMEOUT, "PLACEMENT_LEASE", LEASE,
                "SECTIGO_CALLS_PER_SECOND", "100", "COLLECTION_SSL_GRACE", "PT1H");
    }
}
