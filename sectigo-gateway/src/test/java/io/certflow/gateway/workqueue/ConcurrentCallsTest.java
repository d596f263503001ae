package io.certflow.gateway.workqueue;

import io.certflow.events.Dcv;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
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
 * Two dispatchers on one database (as two gateway instances), each with several calls in flight,
 * against a slow sandbox that answers some calls -42; S/MIME orders take two steps (and are collected
 * soon after), so one order sees several calls. The audit shows each call's start and end.
 */
@MicronautTest(transactional = false)
class ConcurrentCallsTest extends GatewayTestContext {

    private static final int ORDERS = 24;

    @Inject
    WorkDispatchers dispatchers;

    @Override
    protected String database() {
        return "sectigo_gateway_concurrency";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.work-queue.max-in-flight", "6",
                "certflow.gateway.sectigo.calls-per-second", "200");
    }

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldNeverCallOneOrderTwiceAtOnceWhenTwoDispatchersWorkConcurrently() {
        Sandbox.faults("{\"latencyMs\":250,\"callLimitBurst\":8}");
        WorkDispatcher second = dispatchers.create("second");
        second.start();
        List<UUID> orders = IntStream.range(0, ORDERS).mapToObj(i -> UUID.randomUUID()).toList();
        try {
            for (int i = 0; i < ORDERS; i++) {
                // S/MIME orders take two steps (place, authorize), and every order may meet a -42 and retry.
                publish(OrderFixtures.requested(orders.get(i), i % 2 == 0 ? OrderFixtures.smime(2411)
                        : OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com"))));
            }
            String placed = "placement WHERE state = 'PLACED' AND order_id IN (" + sqlList(orders) + ")";
            await().atMost(Duration.ofMinutes(2)).until(() -> count(placed) == ORDERS);
        } finally {
            second.stop();
        }

        assertThat(orders).allSatisfy(order -> assertThat(sandboxOrdersWithForeignOrderNumber(order.toString()))
                .as("Sectigo orders of %s", order).hasSize(1));
        assertThat(count("sectigo_call WHERE order_id IN (" + sqlList(orders) + ")"))
                .as("calls, some orders more than one").isGreaterThan(ORDERS);
        assertThat(count(overlapping("a.order_id = b.order_id") + " AND a.order_id IN (" + sqlList(orders) + ")"))
                .as("calls for one order that overlap").isZero();
        assertThat(count(overlapping("a.order_id <> b.order_id") + " AND a.order_id IN (" + sqlList(orders) + ")"))
                .as("calls for different orders that overlap").isPositive();
    }

    /** Pairs of audited calls whose spans (called_at is the end, duration_ms the length) intersect. */
    private static String overlapping(String orders) {
        return "sectigo_call a JOIN sectigo_call b ON " + orders + " AND a.id <> b.id"
                + " AND a.called_at - make_interval(secs => a.duration_ms / 1000.0) < b.called_at"
                + " AND b.called_at - make_interval(secs => b.duration_ms / 1000.0) < a.called_at WHERE true";
    }
}
