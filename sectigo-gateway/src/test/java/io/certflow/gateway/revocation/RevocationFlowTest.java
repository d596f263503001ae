package io.certflow.gateway.revocation;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.Dcv;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.RevocationReason;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * order.revocation-requested → ledger → !AutoRevokeSSL → certificate.revoked, once; a refusal →
 * order.revocation-failed, and a new request after it is tried again.
 */
@MicronautTest(transactional = false)
class RevocationFlowTest extends GatewayTestContext {

    @Test
    void shouldPublishCertificateRevokedOnceWhenTheRequestIsDeliveredAgain() {
        OrderPlaced placed = placed();
        Sandbox.completeValidation(placed.sectigoOrderNumber());
        OrderRevocationRequested requested = OrderRevocationRequested.of("order-intake", placed.orderId(),
                RevocationReason.KEY_COMPROMISE, "key on a stolen laptop");
        OrderRevocationRequested again = OrderRevocationRequested.of("order-intake", placed.orderId(),
                RevocationReason.KEY_COMPROMISE, null);

        publish(requested);
        CertificateRevoked revoked = log().first(Topics.CERTIFICATE_REVOKED, placed.orderId().toString(),
                CertificateRevoked.class);
        publish(requested);
        publish(again);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("messaging_processed_event WHERE event_id = '"
                + again.metadata().eventId() + "'") == 1);

        assertThat(revoked.sectigoOrderNumber()).isEqualTo(placed.sectigoOrderNumber());
        assertThat(revoked.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(log().all(Topics.CERTIFICATE_REVOKED, placed.orderId().toString(), CertificateRevoked.class))
                .hasSize(1);
        assertThat(sandboxCalls("!AutoRevokeSSL", "orderNumber", placed.sectigoOrderNumber())).singleElement()
                .satisfies(call -> assertThat(call).contains(
                        entry("revocationReason", "keyCompromise: key on a stolen laptop")));
        assertThat(sandboxOrder(placed.sectigoOrderNumber())).containsEntry("status", "REVOKED");
        assertThat(scalar("SELECT state FROM revocation WHERE order_id = '" + placed.orderId() + "'"))
                .isEqualTo("REVOKED");
    }

    @Test
    void shouldPublishRevocationFailedWhenSectigoCannotRevokeYet() {
        OrderPlaced notIssued = placed();

        publish(OrderRevocationRequested.of("order-intake", notIssued.orderId(), RevocationReason.SUPERSEDED, null));

        OrderRevocationFailed failed = log().first(Topics.ORDER_REVOCATION_FAILED, notIssued.orderId().toString(),
                OrderRevocationFailed.class);
        String row = "revocation WHERE order_id = '" + notIssued.orderId() + "'";
        assertThat(failed.sectigoOrderNumber()).isEqualTo(notIssued.sectigoOrderNumber());
        assertThat(failed.reason()).isEqualTo(RevocationReason.SUPERSEDED);
        assertThat(failed.message()).isNotBlank().isEqualTo(scalar("SELECT last_error FROM " + row));
        assertThat(failed.providerCode()).isEqualTo("-22");
        assertThat(scalar("SELECT state FROM " + row)).isEqualTo("REFUSED");
        assertThat(log().all(Topics.CERTIFICATE_REVOKED, notIssued.orderId().toString(), CertificateRevoked.class))
                .isEmpty();
    }

    @Test
    void shouldRevokeWhenAskedAgainAfterARefusal() {
        OrderPlaced placed = placed();
        publish(OrderRevocationRequested.of("order-intake", placed.orderId(), RevocationReason.SUPERSEDED, null));
        log().first(Topics.ORDER_REVOCATION_FAILED, placed.orderId().toString(), OrderRevocationFailed.class);
        Sandbox.completeValidation(placed.sectigoOrderNumber());

        publish(OrderRevocationRequested.of("order-intake", placed.orderId(), RevocationReason.KEY_COMPROMISE, null));

        CertificateRevoked revoked = log().first(Topics.CERTIFICATE_REVOKED, placed.orderId().toString(),
                CertificateRevoked.class);
        assertThat(revoked.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(sandboxCalls("!AutoRevokeSSL", "orderNumber", placed.sectigoOrderNumber())).hasSize(2);
        assertThat(log().all(Topics.ORDER_REVOCATION_FAILED, placed.orderId().toString(),
                OrderRevocationFailed.class)).hasSize(1);
    }

    @Test
    void shouldRefuseWithoutCallingSectigoWhenTheOrderIsUnknown() {
        UUID unknown = UUID.randomUUID();

        publish(OrderRevocationRequested.of("order-intake", unknown, RevocationReason.UNSPECIFIED, null));

        OrderRevocationFailed failed = log().first(Topics.ORDER_REVOCATION_FAILED, unknown.toString(),
                OrderRevocationFailed.class);
        assertThat(failed.message()).contains("unknown to the gateway");
        assertThat(failed.sectigoOrderNumber()).isNull();
        assertThat(scalar("SELECT state FROM revocation WHERE order_id = '" + unknown + "'")).isEqualTo("REFUSED");
        assertThat(count("sectigo_call WHERE order_id = '" + unknown + "'")).isZero();
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
