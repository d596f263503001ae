package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.StatusOrigin;
import io.certflow.intake.order.NextStep;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatusChangeTest {

    private static final String CALLBACK =
            "https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber=1234567&code2=AbC123";
    private static final String CLICK_THROUGH =
            "https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber=1234567&code2=AbC123";

    private static final UUID ORDER_ID = UUID.randomUUID();

    private final Order requested = Order.accept(ORDER_ID, "acme", null, null, Orders.ov().build(), null,
            Instant.parse("2026-11-22T10:00:00Z"));
    private final Order placed = requested.placeWith("1234567", null, Instant.parse("2026-11-22T10:00:01Z"));

    @Test
    void shouldAskForCallbackWithLinkAndCodeWhenAwaitingVerification() {
        Order order = apply(placed, status(CertificateStatus.AWAITING_VERIFICATION, null, "AbC123", CALLBACK));

        assertThat(order.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(order.nextStep().kind()).isEqualTo(NextStep.Kind.CALLBACK);
        assertThat(order.nextStep().url()).isEqualTo(CALLBACK);
        assertThat(order.nextStep().verificationCode()).isEqualTo("AbC123");
    }

    @Test
    void shouldAskForClickThroughWhenEvAgreementIsSent() {
        Order order = apply(placed, status(CertificateStatus.AWAITING_CLICK_THROUGH, null, "AbC123", CLICK_THROUGH));

        assertThat(order.nextStep().kind()).isEqualTo(NextStep.Kind.CLICK_THROUGH);
        assertThat(order.nextStep().url()).isEqualTo(CLICK_THROUGH);
    }

    @Test
    void shouldExplainWaitWhenBrandIsValidated() {
        Order order = apply(placed, status(CertificateStatus.AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)",
                null, null));

        assertThat(order.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(order.nextStep().kind()).isEqualTo(NextStep.Kind.WAIT);
        assertThat(order.nextStep().description()).contains("checking the brand");
    }

    @Test
    void shouldFailWithSectigosReasonWhenPreSignFails() {
        Order order = apply(placed, status(CertificateStatus.FAILED, "CAA: Not authorized to issue", null, null));

        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failure().message()).isEqualTo("CAA: Not authorized to issue");
        assertThat(order.nextStep()).isNull();
    }

    @Test
    void shouldRejectWithReasonWhenSectigoRejects() {
        Order order = apply(placed, status(CertificateStatus.REJECTED, "Rejected: high risk", null, null));

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.failure().reason()).isEqualTo("REJECTED_BY_CA");
        assertThat(order.failure().message()).isEqualTo("Rejected: high risk");
    }

    @Test
    void shouldWaitForStoredCertificateWhenSectigoReportsIssued() {
        assertThat(apply(placed, status(CertificateStatus.ISSUED, "Valid", null, null))).isSameAs(placed);
    }

    @Test
    void shouldRevokeAndReplaceIssuedOrdersWhenSectigoSaysSo() {
        Order issued = placed.issue(Instant.now());

        assertThat(apply(issued, status(CertificateStatus.REVOKED, null, null, null)).status())
                .isEqualTo(OrderStatus.REVOKED);
        assertThat(apply(issued, status(CertificateStatus.REPLACED, null, null, null)).status())
                .isEqualTo(OrderStatus.REPLACED);
    }

    @Test
    void shouldNotReopenFailedOrderWhenCallbackArrivesLate() {
        Order failed = apply(placed, status(CertificateStatus.FAILED, "CAA: Not authorized to issue", null, null));

        assertThat(apply(failed, status(CertificateStatus.AWAITING_VERIFICATION, null, "x", CALLBACK))).isSameAs(failed);
    }

    @Test
    void shouldApplyStatusAndShowSectigoNumberWhenStatusIsReadBeforePlacement() {
        Order order = apply(requested, status(CertificateStatus.AWAITING_VERIFICATION, null, "AbC123", CALLBACK));

        assertThat(order.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(order.sectigoOrderNumber()).isEqualTo("1234567");
        assertThat(order.nextStep().kind()).isEqualTo(NextStep.Kind.CALLBACK);
    }

    private static Order apply(Order order, CertificateStatusChanged change) {
        return StatusChange.apply(order, change);
    }

    private static CertificateStatusChanged status(CertificateStatus status, String description, String code,
                                                   String url) {
        return CertificateStatusChanged.of("webhook-receiver", "1234567", null, ORDER_ID, status, description, code,
                null, StatusOrigin.PUSH, url);
    }
}
