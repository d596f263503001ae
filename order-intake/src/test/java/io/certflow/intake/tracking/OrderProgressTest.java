package io.certflow.intake.tracking;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateStored;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.events.StatusOrigin;
import io.certflow.intake.order.OrderQueries;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.OrderView;
import io.certflow.intake.order.Orders;
import io.certflow.intake.submission.OrderSubmissions;
import io.certflow.intake.submission.SubmissionOutcome;
import io.certflow.intake.support.Callers;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class OrderProgressTest extends IntakeTestContext {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    OrderSubmissions submissions;

    @Inject
    OrderQueries queries;

    @Inject
    ObjectMapper json;

    @Test
    void shouldFollowOrderToIssuedWhenDownstreamReportsEachStep() {
        UUID orderId = newOrder();
        String number = nextNumber();
        DcvInstruction cname = new DcvInstruction(Orders.DOMAIN, DcvMethod.CNAME_CSR_HASH, null, null, null,
                "_abc." + Orders.DOMAIN, "aa.bb.sectigo.com");

        publish(OrderPlaced.of("sectigo-gateway", orderId, number, "77", null, null, null, List.of(cname), null));
        assertThat(awaitStatus(orderId, OrderStatus.PLACED).nextStep().dcvInstructions()).containsExactly(cname);
        publish(statusChanged(orderId, number, CertificateStatus.VALIDATING));
        awaitStatus(orderId, OrderStatus.VALIDATING);
        publish(stored(orderId, number));

        OrderView issued = awaitStatus(orderId, OrderStatus.ISSUED);
        assertThat(issued.sectigoOrderNumber()).isEqualTo(number);
        assertThat(issued.nextStep()).isNull();
        assertThat(issued.timeline()).extracting(OrderView.Step::status)
                .containsExactly(OrderStatus.REQUESTED, OrderStatus.PLACED, OrderStatus.VALIDATING, OrderStatus.ISSUED);
    }

    @Test
    void shouldShowReasonWhenGatewayReportsFailure() {
        UUID orderId = newOrder();

        publish(OrderFailed.of("sectigo-gateway", orderId, FailureReason.INSUFFICIENT_CREDIT,
                "The reseller account has not enough credit", null, "-15"));

        OrderView failed = awaitStatus(orderId, OrderStatus.FAILED);
        assertThat(failed.failure().reason()).isEqualTo("INSUFFICIENT_CREDIT");
        assertThat(failed.failure().message()).isEqualTo("The reseller account has not enough credit");
        assertThat(failed.failure().providerCode()).isEqualTo("-15");
    }

    /** The status topic can be read ahead of order.placed: the status applies at once, the placement adds to it. */
    @Test
    void shouldApplyStatusAndKeepPlacementsInstructionsWhenStatusIsReadBeforePlacement() {
        UUID orderId = newOrder();
        String number = nextNumber();
        DcvInstruction cname = new DcvInstruction(Orders.DOMAIN, DcvMethod.CNAME_CSR_HASH, null, null, null,
                "_abc." + Orders.DOMAIN, "aa.bb.sectigo.com");

        publish(statusChanged(orderId, number, CertificateStatus.VALIDATING));
        assertThat(awaitStatus(orderId, OrderStatus.VALIDATING).sectigoOrderNumber()).isEqualTo(number);
        publish(OrderPlaced.of("sectigo-gateway", orderId, number, null, null, null, null, List.of(cname), null));

        OrderView placed = await().atMost(Duration.ofSeconds(30))
                .until(() -> queries.find(Callers.OPERATOR, orderId).orElseThrow(),
                view -> view.timeline().size() == 3);
        assertThat(placed.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(placed.nextStep().dcvInstructions()).containsExactly(cname);
        assertThat(placed.timeline()).extracting(OrderView.Step::description)
                .containsExactly("Order accepted", "Sectigo is validating the order",
                        "Placed with Sectigo as order " + number);
    }

    @Test
    void shouldRecordEventOnceWhenItIsDeliveredTwice() {
        UUID orderId = newOrder();
        OrderPlaced placed = OrderPlaced.of("sectigo-gateway", orderId, nextNumber(), null, null, null, null,
                List.of(), null);

        publish(placed);
        publish(placed);
        publish(OrderFailed.of("sectigo-gateway", orderId, FailureReason.REJECTED_BY_CA, "Rejected", null, null));

        awaitStatus(orderId, OrderStatus.FAILED);
        assertThat(rows("order_timeline WHERE order_id = '" + orderId + "'")).isEqualTo(3);
    }

    private UUID newOrder() {
        return ((SubmissionOutcome.Accepted) submissions.submit(Callers.ACME, Orders.dv().build(), null)).orderId();
    }

    private OrderView awaitStatus(UUID orderId, OrderStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> queries.find(Callers.OPERATOR, orderId).orElseThrow(),
                view -> view.status() == status);
    }

    private void publish(io.certflow.events.Event event) {
        new EventLog(json).publish(event);
    }

    private static CertificateStatusChanged statusChanged(UUID orderId, String number, CertificateStatus status) {
        return CertificateStatusChanged.of("webhook-receiver", number, "77", orderId, status, null, null, null,
                StatusOrigin.PUSH);
    }

    private static CertificateStored stored(UUID orderId, String number) {
        Instant now = Instant.now();
        return CertificateStored.of("cert-store", orderId, UUID.randomUUID(), number, "0a1b", "CN=" + Orders.DOMAIN,
                "CN=Sandbox Intermediate", List.of(Orders.DOMAIN), now, now.plus(Duration.ofDays(365)), "ff00",
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", List.of());
    }

    private static String nextNumber() {
        return String.valueOf(NUMBERS.incrementAndGet());
    }
}
