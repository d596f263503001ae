package io.certflow.gateway.placement;

import io.certflow.events.Dcv;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.gateway.support.Csrs;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** order.requested with replacesOrderId → !AutoReplaceSSL / !AutoReplaceSMIME → order.placed naming the old order. */
@MicronautTest(transactional = false)
class ReplacementFlowTest extends GatewayTestContext {

    private static final OrderDetails DV = OrderFixtures.dv(OrderFixtures.GOLDEN_CSR,
            Dcv.email("admin@shop.example.com"));

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldPlaceTheReplacementNamingTheOrderItReplacesWhenAnSslCertificateIsReplaced() {
        OrderPlaced original = issued(DV);
        String newCsr = Csrs.withCommonName("shop.example.com");
        UUID replacementId = UUID.randomUUID();

        publish(OrderFixtures.requested(replacementId, DV.toBuilder().csr(newCsr).build(), original.orderId(), null,
                OrderChannel.API));
        OrderPlaced replacement = placed(replacementId);

        assertThat(replacement.replacesOrderId()).isEqualTo(original.orderId());
        assertThat(replacement.sectigoOrderNumber()).isEqualTo(original.sectigoOrderNumber() + "repl#1");
        assertThat(replacement.dcvInstructions()).singleElement()
                .satisfies(dcv -> assertThat(dcv.emailAddress()).isEqualTo("admin@shop.example.com"));
        List<Map<String, Object>> calls = sandboxCalls("!AutoReplaceSSL", "orderNumber",
                original.sectigoOrderNumber());
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).contains(entry("dcvMethod", "EMAIL"), entry("serverSoftware", "-1"),
                entry("uniqueValue", replacement.uniqueValue()));
        assertThat(String.valueOf(calls.get(0).get("csr")).strip()).isEqualTo(newCsr.strip());
        assertThat(sandboxOrder(original.sectigoOrderNumber())).containsEntry("status", "REPLACED");
        assertThat(sandboxOrder(replacement.sectigoOrderNumber())).containsEntry("replaces",
                original.sectigoOrderNumber());
    }

    @Test
    void shouldRevokeTheOldCertificateWhenAnSmimeReplacementAsksForIt() {
        OrderPlaced original = issued(OrderFixtures.smime(2411));
        UUID replacementId = UUID.randomUUID();
        OrderDetails newKey = OrderFixtures.smime(2411).toBuilder().csr(Csrs.withCommonName("erika")).build();

        publish(OrderFixtures.requested(replacementId, newKey, original.orderId(), true, OrderChannel.API));
        OrderPlaced replacement = placed(replacementId);

        assertThat(replacement.replacesOrderId()).isEqualTo(original.orderId());
        assertThat(sandboxCalls("!AutoReplaceSMIME", "orderNumber", original.sectigoOrderNumber()))
                .singleElement().satisfies(call -> assertThat(call).containsEntry("revokeOldOrder", "Y"));
        assertThat(sandboxOrder(original.sectigoOrderNumber())).containsEntry("status", "REVOKED");
        assertThat(scalar("SELECT state FROM placement WHERE order_id = '" + replacementId + "'")).isEqualTo("PLACED");
    }

    @Test
    void shouldAdoptTheReplacementSectigoMadeWhenItsAnswerWasLost() {
        OrderPlaced original = issued(DV);
        UUID replacementId = UUID.randomUUID();
        Sandbox.faults("{\"dropResponseBurst\":1}");

        publish(OrderFixtures.requested(replacementId,
                DV.toBuilder().csr(Csrs.withCommonName("shop.example.com")).build(), original.orderId(), null,
                OrderChannel.API));
        OrderPlaced replacement = placed(replacementId);

        assertThat(replacement.sectigoOrderNumber()).isEqualTo(original.sectigoOrderNumber() + "repl#1");
        assertThat(sandboxCalls("!AutoReplaceSSL", "orderNumber", original.sectigoOrderNumber())).hasSize(2);
        assertThat(count("sectigo_call WHERE order_id = '" + replacementId + "' AND endpoint = '!WebHostReport'"))
                .isEqualTo(1);
        assertThat(sandboxOrder(original.sectigoOrderNumber())).containsEntry("replacedBy",
                replacement.sectigoOrderNumber());
    }

    @Test
    void shouldFailNamingTheReplacedOrderWhenTheGatewayDoesNotKnowIt() {
        UUID unknown = UUID.randomUUID();
        UUID replacementId = UUID.randomUUID();

        publish(OrderFixtures.requested(replacementId, DV, unknown, null, OrderChannel.API));
        OrderFailed failed = new EventLog(json).first(Topics.ORDER_FAILED, replacementId.toString(),
                OrderFailed.class);

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_REQUEST);
        assertThat(failed.field()).isEqualTo("replacesOrderId");
        assertThat(failed.message()).contains(unknown.toString()).contains("unknown");
        assertThat(count("sectigo_call WHERE order_id = '" + replacementId + "'")).isZero();
    }

    /** Places the order and has the sandbox issue it, as a certificate that can be replaced. */
    private OrderPlaced issued(OrderDetails details) {
        UUID orderId = UUID.randomUUID();
        publish(OrderFixtures.requested(orderId, details));
        OrderPlaced placed = placed(orderId);
        Sandbox.completeValidation(placed.sectigoOrderNumber());
        return placed;
    }

    private OrderPlaced placed(UUID orderId) {
        return new EventLog(json).first(Topics.ORDER_PLACED, orderId.toString(), OrderPlaced.class);
    }
}
