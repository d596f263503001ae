package io.certflow.gateway.workqueue;

import io.certflow.events.Dcv;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.RevocationReason;
import io.certflow.gateway.placement.Ledger;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lanes: with a batch from the submissions topic queued, one REST order and one revocation are called
 * long before the batch is worked off (few call slots, a slow sandbox, so the batch takes a while).
 */
@MicronautTest(transactional = false)
class FairnessTest extends GatewayTestContext {

    private static final int BATCH = 300;
    private static final OrderDetails ORDER = OrderFixtures.dv(OrderFixtures.GOLDEN_CSR,
            Dcv.email("admin@shop.example.com"));

    @Inject
    Ledger ledger;

    @Override
    protected String database() {
        return "sectigo_gateway_fairness";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.work-queue.max-in-flight", "3",
                "certflow.gateway.sectigo.calls-per-second", "200");
    }

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldCallARestOrderAndARevocationBeforeTheBatchWhenABatchIsQueued() {
        UUID issued = UUID.randomUUID();
        publish(OrderFixtures.requested(issued, ORDER));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(placementOf(issued) + " AND state = 'PLACED'") == 1);
        Sandbox.completeValidation(String.valueOf(scalar("SELECT sectigo_order_number FROM " + placementOf(issued))));
        Sandbox.faults("{\"latencyMs\":200}");
        for (int i = 0; i < BATCH; i++) {
            ledger.record(OrderFixtures.requested(UUID.randomUUID(), ORDER, null, null, OrderChannel.SUBMISSION));
        }

        UUID interactive = UUID.randomUUID();
        publish(OrderFixtures.requested(interactive, ORDER));
        publish(OrderRevocationRequested.of("order-intake", issued, RevocationReason.KEY_COMPROMISE, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(placementOf(interactive) + " AND state = 'PLACED'") == 1
                && count("revocation WHERE order_id = '" + issued + "' AND state = 'REVOKED'") == 1);

        assertThat(count("placement WHERE channel = 'SUBMISSION' AND state = 'PENDING'"))
                .as("batch orders still waiting when the REST order and the revocation were done")
                .isGreaterThan(BATCH / 2);
        assertThat(scalar("SELECT channel FROM " + placementOf(interactive))).isEqualTo("API");
    }

    private static String placementOf(UUID order) {
        return "placement WHERE order_id = '" + order + "'";
    }
}
