package io.certflow.gateway.placement;

import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.certflow.gateway.support.OrderFixtures.GOLDEN_CSR;
import static io.certflow.gateway.support.OrderFixtures.GOLDEN_CSR_MD5;
import static io.certflow.gateway.support.OrderFixtures.GOLDEN_CSR_SHA256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** order.requested → ledger → !AutoApplyOrder on the sandbox → order.placed / order.failed. */
@MicronautTest(transactional = false)
class PlacementFlowTest extends GatewayTestContext {

    private static final OrderDetails DV_CNAME = OrderFixtures.dv(GOLDEN_CSR, Dcv.of(DcvMethod.CNAME_CSR_HASH));

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
        Sandbox.balance("100000.00");
    }

    @Test
    void shouldPlaceExactlyOneSectigoOrderWhenTheRequestIsDeliveredAgain() {
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());
        publish(requested);
        OrderRequested republished = OrderFixtures.requested(requested.orderId(), DV_CNAME);
        publish(republished);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("messaging_processed_event WHERE event_id = '"
                + republished.metadata().eventId() + "'") == 1);

        String sandboxOrders = Sandbox.ordersWithForeignOrderNumber(requested.orderId().toString());
        assertThat(sandboxOrders.split("\"orderNumber\"")).hasSize(2);
        assertThat(sandboxOrders).contains("\"orderNumber\":\"" + placed.sectigoOrderNumber() + "\"");
        assertThat(placed.sectigoCertificateId()).isNotBlank();
        assertThat(placed.cost()).isEqualByComparingTo("35.00");
        assertThat(placed.currency()).isEqualTo("USD");
        assertThat(count("placement WHERE order_id = '" + requested.orderId() + "'")).isEqualTo(1);
        assertThat(autoApplyCalls(requested.orderId())).isEqualTo(1);
    }

    @Test
    void shouldTellTheCustomerTheCnameRecordWhenDcvIsByCnameCsrHash() {
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        String uniqueValue = requested.orderId().toString().replace("-", "").substring(0, 20);
        String sha = GOLDEN_CSR_SHA256.toLowerCase();
        assertThat(placed.uniqueValue()).isEqualTo(uniqueValue);
        assertThat(placed.dcvInstructions()).containsExactly(new DcvInstruction("shop.example.com",
                DcvMethod.CNAME_CSR_HASH, null, null, null, "_" + GOLDEN_CSR_MD5.toLowerCase() + ".shop.example.com",
                sha.substring(0, 32) + "." + sha.substring(32) + "." + uniqueValue + ".sectigo.com"));
    }

    @Test
    void shouldFailWithTheFieldAtFaultWhenSectigoRefusesAnArgument() {
        OrderDetails badDays = OrderDetails.builder().type(DV_CNAME.type()).product(488).days(400).csr(GOLDEN_CSR)
                .serverSoftware(-1).dcv(DV_CNAME.dcv()).customer(DV_CNAME.customer()).build();
        OrderRequested requested = request(badDays);

        publish(requested);
        OrderFailed failed = new EventLog(json).first(Topics.ORDER_FAILED, requested.key(), OrderFailed.class);

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_REQUEST);
        assertThat(failed.field()).isEqualTo("days");
        assertThat(failed.providerCode()).isEqualTo("-4");
        assertThat(failed.message()).contains("'days'");
        assertThat(scalar("SELECT state FROM placement WHERE order_id = '" + requested.orderId() + "'"))
                .isEqualTo("FAILED");
    }

    @Test
    void shouldFailWithInsufficientCreditWhenTheAccountCannotPay() {
        Sandbox.balance("0");
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderFailed failed = new EventLog(json).first(Topics.ORDER_FAILED, requested.key(), OrderFailed.class);

        assertThat(failed.reason()).isEqualTo(FailureReason.INSUFFICIENT_CREDIT);
        assertThat(failed.providerCode()).isEqualTo("-15");
        assertThat(failed.field()).isNull();
        assertThat(autoApplyCalls(requested.orderId())).isEqualTo(1);
    }

    @Test
    void shouldRetryWithBackoffUntilPlacedWhenSectigoAnswersCallLimitAndUnknownError() {
        Sandbox.faults("{\"callLimitBurst\":2,\"unknownErrorBurst\":1}");
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(placed.sectigoOrderNumber()).isNotBlank();
        assertThat(scalar("SELECT attempts FROM placement WHERE order_id = '" + requested.orderId() + "'"))
                .isEqualTo(4);
        assertThat(autoApplyCalls(requested.orderId())).isEqualTo(4);
        assertThat(count("sectigo_call WHERE order_id = '" + requested.orderId() + "' AND response_body LIKE "
                + "'errorCode=-42%'")).isEqualTo(2);
    }

    @Test
    void shouldKeepRetryingVisiblyWhenSectigoAnswersHttp503() {
        Sandbox.faults("{\"http5xxRate\":1.0,\"http5xxStatus\":503}");
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        String where = "placement WHERE order_id = '" + requested.orderId() + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> count(where + " AND attempts >= 2 AND state = 'PENDING'"
                + " AND last_error LIKE '%HTTP 503%'") == 1);
        Sandbox.clearFaults();
        OrderPlaced placed = placed(requested.orderId());

        assertThat(placed.sectigoOrderNumber()).isNotBlank();
        assertThat(count("sectigo_call WHERE order_id = '" + requested.orderId() + "' AND http_status = 503"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldFailWithRetriesExhaustedWhenSectigoNeverAnswers() {
        Sandbox.faults("{\"http5xxRate\":1.0,\"http5xxStatus\":502}");
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderFailed failed = new EventLog(json).first(Topics.ORDER_FAILED, requested.key(), OrderFailed.class);

        assertThat(failed.reason()).isEqualTo(FailureReason.RETRIES_EXHAUSTED);
        assertThat(failed.message()).contains("8 attempts").contains("HTTP 502");
        assertThat(scalar("SELECT attempts FROM placement WHERE order_id = '" + requested.orderId() + "'"))
                .isEqualTo(8);
        assertThat(autoApplyCalls(requested.orderId())).isEqualTo(8);
        assertThat(count("sectigo_call WHERE order_id = '" + requested.orderId() + "' AND endpoint = '!WebHostReport'"))
                .as("a last look for an order that got through unanswered").isEqualTo(1);
    }

    @Test
    void shouldAdoptTheOrderSectigoAlreadyHasWhenTheAnswerWasLost() {
        Sandbox.faults("{\"dropResponseBurst\":1}");
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        String sandboxOrders = Sandbox.ordersWithForeignOrderNumber(requested.orderId().toString());
        assertThat(sandboxOrders.split("\"orderNumber\"")).hasSize(2);
        assertThat(sandboxOrders).contains("\"orderNumber\":\"" + placed.sectigoOrderNumber() + "\"");
        assertThat(count("sectigo_call WHERE order_id = '" + requested.orderId() + "' AND endpoint = '!WebHostReport'"))
                .isEqualTo(1);
        assertThat(count("sectigo_call WHERE order_id = '" + requested.orderId() + "' AND error IS NOT NULL"))
                .isEqualTo(1);
        assertThat(placed.dcvInstructions()).hasSize(1);
    }

    @Test
    void shouldAuditEveryCallWithoutThePasswordWhenOrdersArePlaced() {
        OrderRequested requested = request(DV_CNAME);

        publish(requested);
        placed(requested.orderId());

        String where = "sectigo_call WHERE order_id = '" + requested.orderId() + "'";
        assertThat(count(where + " AND parameters LIKE '%\"loginPassword\":\"***\"%' AND http_status = 200"
                + " AND response_body LIKE 'errorCode=0%' AND parameters LIKE '%\"foreignOrderNumber\":\""
                + requested.orderId() + "\"%'")).isEqualTo(1);
        assertThat(count("sectigo_call WHERE parameters LIKE '%" + Sandbox.PASSWORD + "%' OR response_body LIKE '%"
                + Sandbox.PASSWORD + "%' OR error LIKE '%" + Sandbox.PASSWORD + "%'")).isZero();
    }

    private OrderPlaced placed(UUID orderId) {
        return new EventLog(json).first(Topics.ORDER_PLACED, orderId.toString(), OrderPlaced.class);
    }

    private long autoApplyCalls(UUID orderId) {
        return count("sectigo_call WHERE order_id = '" + orderId + "' AND endpoint = '!AutoApplyOrder'");
    }

    private static OrderRequested request(OrderDetails details) {
        return OrderFixtures.requested(UUID.randomUUID(), details);
    }
}
