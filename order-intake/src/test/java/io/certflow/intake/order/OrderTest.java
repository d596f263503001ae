package io.certflow.intake.order;

import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.OrderDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final NextStep NEXT = new NextStep(List.of(), null);
    private static final Failure CSR_REJECTED = new Failure("CSR_REJECTED", "The CSR was refused", "csr", "-10");

    private final Order requested = Order.accept(UUID.randomUUID(), "req-1", "fp", details(), T0);

    @Test
    void shouldBeRequestedWhenAccepted() {
        assertThat(requested.status()).isEqualTo(OrderStatus.REQUESTED);
        assertThat(requested.createdAt()).isEqualTo(T0);
    }

    @Test
    void shouldRecordSectigoNumberWhenPlaced() {
        Order placed = requested.placeWith("1234567", NEXT, T1);

        assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(placed.sectigoOrderNumber()).isEqualTo("1234567");
        assertThat(placed.nextStep()).isEqualTo(NEXT);
        assertThat(placed.updatedAt()).isEqualTo(T1);
    }

    @Test
    void shouldKeepIssuedButLearnNumberWhenPlacementArrivesAfterIssue() {
        Order late = requested.issue(T1).placeWith("1234567", NEXT, T1);

        assertThat(late.status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(late.sectigoOrderNumber()).isEqualTo("1234567");
    }

    @Test
    void shouldKeepReasonWhenFailed() {
        Order failed = requested.fail(CSR_REJECTED, T1);

        assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.failure()).isEqualTo(CSR_REJECTED);
    }

    @Test
    void shouldIgnoreStepBackWhenEventIsLate() {
        Order validating = requested.placeWith("1", NEXT, T0).startValidation(T1);

        assertThat(validating.placeWith("1", NEXT, T1)).isSameAs(validating);
    }

    @Test
    void shouldIgnoreRevocationWhenOrderFailed() {
        Order failed = requested.fail(CSR_REJECTED, T1);

        assertThat(failed.revoke(T1)).isSameAs(failed);
    }

    @Test
    void shouldAllowRevocationWhenReplaced() {
        Order revoked = requested.issue(T0).replace(T1).revoke(T1);

        assertThat(revoked.status()).isEqualTo(OrderStatus.REVOKED);
    }

    private static OrderDetails details() {
        return OrderDetails.builder().type(CertificateType.SSL).product(488).days(365).csr("csr")
                .customer(new Customer("ada@example.com", "Ada", "en")).build();
    }
}
