package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.StatusOrigin;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.OrderView;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.LifecycleTestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sectigo's statuses as {@code GET /orders/{id}} shows them, from {@code certificate.status-changed} on the broker. */
@MicronautTest(transactional = false)
class SectigoStatusProgressTest extends LifecycleTestContext {


    @Test
    @SuppressWarnings("unchecked")
    void shouldShowCallbackLinkAndCodeWhenSectigoAwaitsVerification() {
        UUID orderId = lifecycle.requested(Orders.ov().build());
        String number = lifecycle.placed(orderId);
        String link = "https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber=" + number
                + "&code2=AbC123";

        lifecycle.publish(status(orderId, number, CertificateStatus.AWAITING_VERIFICATION, "Phone number verified",
                "AbC123", link));

        lifecycle.awaitStatus(orderId, OrderStatus.VALIDATING);
        Map<String, Object> view = client.get("/orders/" + orderId);
        assertThat((Map<String, Object>) view.get("nextStep")).containsEntry("kind", "CALLBACK")
                .containsEntry("url", link).containsEntry("verificationCode", "AbC123").containsKey("description");
    }

    @Test
    void shouldShowSectigosReasonWhenIssuanceFails() {
        UUID orderId = lifecycle.requested(Orders.dv().build());
        String number = lifecycle.placed(orderId);

        lifecycle.publish(status(orderId, number, CertificateStatus.FAILED, "CAA: Not authorized to issue", null,
                null));

        OrderView failed = lifecycle.awaitStatus(orderId, OrderStatus.FAILED);
        assertThat(failed.failure().message()).isEqualTo("CAA: Not authorized to issue");
        assertThat(failed.timeline()).last().satisfies(step -> assertThat(step.description())
                .isEqualTo("Sectigo could not issue the certificate: CAA: Not authorized to issue"));
    }

    @Test
    void shouldKeepFinalStatusWhenLateEventsArrive() {
        UUID orderId = lifecycle.requested(Orders.dv().build());
        String number = lifecycle.placed(orderId);
        lifecycle.publish(status(orderId, number, CertificateStatus.REJECTED, "Rejected: high risk", null, null));
        lifecycle.awaitStatus(orderId, OrderStatus.REJECTED);

        lifecycle.publish(status(orderId, number, CertificateStatus.AWAITING_BRAND_VALIDATION, null, null, null));
        lifecycle.stored(orderId, number);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("order_timeline WHERE order_id = '" + orderId + "'") == 5);
        OrderView view = lifecycle.view(orderId);
        assertThat(view.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(view.failure().message()).isEqualTo("Rejected: high risk");
        assertThat(view.nextStep()).isNull();
    }

    @Test
    void shouldBecomeReplacedWhenSectigoReportsReplaced() {
        UUID orderId = lifecycle.issued(Orders.dv().build());

        lifecycle.publish(status(orderId, lifecycle.view(orderId).sectigoOrderNumber(), CertificateStatus.REPLACED,
                "Replaced", null, null));

        lifecycle.awaitStatus(orderId, OrderStatus.REPLACED);
    }

    private static CertificateStatusChanged status(UUID orderId, String number, CertificateStatus status,
                                                   String description, String code, String url) {
        return CertificateStatusChanged.of("webhook-receiver", number, null, orderId, status, description, code, null,
                StatusOrigin.PUSH, url);
    }
}
