package io.certflow.gateway.collection;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Dcv;
import io.certflow.events.OrderPlaced;
import io.certflow.events.StatusOrigin;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.gateway.workqueue.WorkDispatcher;
import io.certflow.gateway.workqueue.WorkDispatchers;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CollectSSL as the backstop of lost pushes, in a database of its own: SSL orders silent for the grace
 * (2 s here) are collected, at most once per interval (2 s), never two calls at once.
 */
@MicronautTest(transactional = false)
class CollectionFlowTest extends GatewayTestContext {

    static final String COLLECT = "download/CollectSSL";

    @Inject
    CollectionLease lease;
    @Inject
    WorkDispatchers dispatchers;

    @Override
    protected String database() {
        return "sectigo_gateway_collection";
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.collection.ssl-grace", "2s", "certflow.gateway.collection.interval", "2s");
    }

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldDeliverTheCertificateByCollectionWhenEveryPushIsLost() {
        Sandbox.faults("{\"pushDropRate\":1}");
        OrderPlaced placed = placed();

        Sandbox.completeValidation(placed.sectigoOrderNumber());
        CertificateIssued issued = log().first(Topics.CERTIFICATE_ISSUED, placed.orderId().toString(),
                CertificateIssued.class);
        CertificateStatusChanged status = log().first(Topics.CERTIFICATE_STATUS_CHANGED, placed.orderId().toString(),
                CertificateStatusChanged.class);

        assertThat(issued.origin()).isEqualTo(StatusOrigin.COLLECTION);
        assertThat(issued.orderId()).isEqualTo(placed.orderId());
        assertThat(issued.certificatePem()).isEqualTo(String.valueOf(
                sandboxOrder(placed.sectigoOrderNumber()).get("certificate")));
        assertThat(issued.chainPems()).hasSize(2).allSatisfy(pem -> assertThat(pem).contains("BEGIN CERTIFICATE"));
        assertThat(issued.sectigoCertificateId()).isEqualTo(placed.sectigoCertificateId());
        assertThat(status.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(status.orderId()).isEqualTo(placed.orderId());
        assertThat(status.origin()).isEqualTo(StatusOrigin.COLLECTION);
        assertThat(scalar("SELECT state FROM collection WHERE sectigo_order_number = '"
                + placed.sectigoOrderNumber() + "'")).isEqualTo("SETTLED");
    }

    @Test
    void shouldNotCollectAnOrderWhoseCertificateAPushDelivered() {
        OrderPlaced placed = placed();

        publish(CertificateIssued.of("webhook-receiver", placed.sectigoOrderNumber(), null, placed.orderId(),
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", List.of(), StatusOrigin.PUSH));

        String row = "collection WHERE sectigo_order_number = '" + placed.sectigoOrderNumber() + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> count(row + " AND state = 'SETTLED'") == 1);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> collectCalls(placed.orderId()) == 0);
    }

    @Test
    void shouldCollectAPendingOrderAgainOnlyAfterTheInterval() {
        OrderPlaced placed = placed();

        await().atMost(Duration.ofSeconds(30)).until(() -> collectCalls(placed.orderId()) >= 3);

        List<Timestamp> calls = callTimes(placed.orderId());
        for (int i = 1; i < calls.size(); i++) {
            assertThat(Duration.between(calls.get(i - 1).toInstant(), calls.get(i).toInstant()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
        assertThat(scalar("SELECT last_outcome FROM collection WHERE sectigo_order_number = '"
                + placed.sectigoOrderNumber() + "'")).asString().startsWith("pending");
        assertThat(log().all(Topics.CERTIFICATE_STATUS_CHANGED, placed.orderId().toString(),
                CertificateStatusChanged.class)).isEmpty();
    }

    @Test
    void shouldHandTheLeaseToOneCollectorAtATimeWhenTwoAskForIt() {
        await().atMost(Duration.ofSeconds(10)).until(() -> lease.acquire("test-a", Duration.ofMinutes(1)));
        try {
            assertThat(lease.acquire("test-b", Duration.ofMinutes(1))).isFalse();
            assertThat(lease.acquire("test-a", Duration.ofMinutes(1))).as("renewed by its holder").isTrue();
        } finally {
            lease.release("test-a");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> lease.acquire("test-b", Duration.ofMillis(1)));
        // test-b never gives it back: the lease is taken over once it has run out.
        await().atMost(Duration.ofSeconds(10)).until(() -> lease.acquire("test-a", Duration.ofMinutes(1)));
        lease.release("test-a");
    }

    @Test
    void shouldNeverRunTwoCollectSslCallsAtOnceWhenTwoCollectorsCompete() {
        Sandbox.faults("{\"latencyMs\":300}");
        List<UUID> orders = List.of(placed().orderId(), placed().orderId(), placed().orderId());
        WorkDispatcher rival = dispatchers.create("rival");
        rival.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.stream().allMatch(id -> collectCalls(id) >= 2));
        } finally {
            rival.stop();
        }

        List<Object[]> calls = rows("SELECT called_at - make_interval(secs => duration_ms / 1000.0), called_at"
                + " FROM sectigo_call WHERE endpoint = '" + COLLECT + "' ORDER BY 1");
        assertThat(calls).hasSizeGreaterThanOrEqualTo(6);
        for (int i = 1; i < calls.size(); i++) {
            Timestamp previousEnd = (Timestamp) calls.get(i - 1)[1];
            Timestamp start = (Timestamp) calls.get(i)[0];
            assertThat(start).as("call %d starts after call %d ended", i, i - 1).isAfterOrEqualTo(previousEnd);
        }
    }

    private long collectCalls(UUID orderId) {
        return count("sectigo_call WHERE order_id = '" + orderId + "' AND endpoint = '" + COLLECT + "'");
    }

    private List<Timestamp> callTimes(UUID orderId) {
        return rows("SELECT called_at - make_interval(secs => duration_ms / 1000.0) FROM sectigo_call WHERE order_id = '"
                + orderId + "' AND endpoint = '" + COLLECT + "' ORDER BY id").stream()
                .map(row -> (Timestamp) row[0]).toList();
    }

    private OrderPlaced placed() {
        UUID orderId = UUID.randomUUID();
        publish(OrderFixtures.requested(orderId,
                OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com"))));
        return log().first(Topics.ORDER_PLACED, orderId.toString(), OrderPlaced.class);
    }

    private EventLog log() {
        return new EventLog(json);
    }
}
