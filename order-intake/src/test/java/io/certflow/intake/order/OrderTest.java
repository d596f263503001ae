package io.certflow.intake.order;

import io.certflow.events.CertificateType;
import io.certflow.events.Customer;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderDetails;
import io.certflow.events.RevocationReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final Instant T2 = T1.plusSeconds(5);
    private static final NextStep NEXT = NextStep.dcv(List.of(new DcvInstruction("shop.example.com",
            DcvMethod.EMAIL, "admin@example.com", null, null, null, null)));
    private static final Failure CSR_REJECTED = new Failure("CSR_REJECTED", "The CSR was refused", "csr", "-10");

    private final Order requested = Order.accept(UUID.randomUUID(), "acme", "req-1", "fp", details(), null, T0);

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

    @Test
    void shouldShowCallbackWhenSectigoAwaitsVerification() {
        NextStep callback = NextStep.callback("https://example.test/callback", "code-1");

        Order validating = requested.placeWith("1", NEXT, T0).awaitStep(callback, T1);

        assertThat(validating.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(validating.nextStep()).isEqualTo(callback);
    }

    @Test
    void shouldReplaceStepWhenSectigoAsksForTheNextOne() {
        Order waiting = requested.awaitStep(NextStep.callback("u", "c"), T0).awaitStep(NextStep.waitFor("brand"), T1);

        assertThat(waiting.nextStep().kind()).isEqualTo(NextStep.Kind.WAIT);
    }

    @Test
    void shouldKeepPushedStepWhenPlacementArrivesLater() {
        NextStep callback = NextStep.callback("u", "c");

        Order placed = requested.awaitStep(callback, T0).placeWith("1234567", NEXT, T1);

        assertThat(placed.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(placed.sectigoOrderNumber()).isEqualTo("1234567");
        assertThat(placed.nextStep()).isEqualTo(callback);
    }

    @Test
    void shouldKeepStatusAndTakePlacementsInstructionsWhenStatusWasReadBeforePlacement() {
        Order validating = requested.knownToSectigoAs("1234567", T0).startValidation(T0);

        Order placed = validating.placeWith("1234567", NEXT, T1);

        assertThat(validating.sectigoOrderNumber()).isEqualTo("1234567");
        assertThat(placed.status()).isEqualTo(OrderStatus.VALIDATING);
        assertThat(placed.nextStep()).isEqualTo(NEXT);
        assertThat(placed.updatedAt()).isEqualTo(T1);
        assertThat(placed.placeWith("1234567", NEXT, T2)).isSameAs(placed);
    }

    @Test
    void shouldKeepPlacementsNumberWhenStatusNamesOneLater() {
        Order placed = requested.placeWith("1234567", NEXT, T0);

        assertThat(placed.knownToSectigoAs("7654321", T1)).isSameAs(placed);
    }

    @Test
    void shouldChangeNothingWhenPlacementIsRepeated() {
        Order placed = requested.placeWith("1234567", NEXT, T0);

        assertThat(placed.placeWith("1234567", NEXT, T1)).isSameAs(placed);
    }

    @Test
    void shouldDropNextStepWhenIssued() {
        assertThat(requested.placeWith("1", NEXT, T0).issue(T1).nextStep()).isNull();
    }

    @Test
    void shouldIgnoreEveryLateEventWhenStatusIsFinal() {
        Order revoked = requested.issue(T0).revoke(T1);
        Order rejected = requested.reject(CSR_REJECTED, T1);

        assertThat(revoked.issue(T1)).isSameAs(revoked);
        assertThat(revoked.replace(T1)).isSameAs(revoked);
        assertThat(revoked.awaitStep(NextStep.waitFor("brand"), T1)).isSameAs(revoked);
        assertThat(rejected.fail(CSR_REJECTED, T1)).isSameAs(rejected);
        assertThat(rejected.startValidation(T1)).isSameAs(rejected);
    }

    @Test
    void shouldStayRevokedWhenCertificateIsStoredAfterRevocation() {
        Order revoked = requested.placeWith("1", NEXT, T0).revoke(T1);

        assertThat(revoked.issue(T1).status()).isEqualTo(OrderStatus.REVOKED);
    }

    @Test
    void shouldRecordPendingRevocationOnceWhenAskedTwice() {
        Order asked = requested.issue(T0).requestRevocation(RevocationReason.KEY_COMPROMISE, "leaked", T1);

        assertThat(asked.isRevocationPending()).isTrue();
        assertThat(asked.revocation().reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(asked.requestRevocation(RevocationReason.SUPERSEDED, null, T1)).isSameAs(asked);
    }

    @Test
    void shouldKeepOrderIssuedAndAcceptNewRequestWhenRevocationIsRefused() {
        Order refused = requested.issue(T0).requestRevocation(RevocationReason.KEY_COMPROMISE, null, T0)
                .revocationRefused("not issued yet", T1);

        assertThat(refused.status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(refused.isRevocationPending()).isFalse();
        assertThat(refused.revocation().refusal()).isEqualTo("not issued yet");
        assertThat(refused.revocation().refusedAt()).isEqualTo(T1);
        Order askedAgain = refused.requestRevocation(RevocationReason.SUPERSEDED, "new key", T2);
        assertThat(askedAgain.isRevocationPending()).isTrue();
        assertThat(askedAgain.revocation())
                .isEqualTo(new PendingRevocation(RevocationReason.SUPERSEDED, "new key", T2, null, null));
    }

    @Test
    void shouldIgnoreRefusalWhenNoRevocationIsPending() {
        Order issued = requested.issue(T0);
        Order revoked = issued.requestRevocation(RevocationReason.UNSPECIFIED, null, T0).revoke(T1);
        Order refused = issued.requestRevocation(RevocationReason.UNSPECIFIED, null, T0)
                .revocationRefused("first", T1);

        assertThat(issued.revocationRefused("late", T1)).isSameAs(issued);
        assertThat(revoked.revocationRefused("late", T1)).isSameAs(revoked);
        assertThat(refused.revocationRefused("second", T2)).isSameAs(refused);
    }

    @Test
    void shouldRecordRefusalWhenOrderWasReplacedWhileRevocationWasPending() {
        Order replaced = requested.issue(T0).requestRevocation(RevocationReason.SUPERSEDED, null, T0).replace(T1);

        Order refused = replaced.revocationRefused("not revocable", T2);

        assertThat(refused.status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(refused.revocation().refusal()).isEqualTo("not revocable");
        assertThat(refused.revocation().refusedAt()).isEqualTo(T2);
    }

    @Test
    void shouldRefuseRevocationRequestWhenNotIssued() {
        assertThatThrownBy(() -> requested.requestRevocation(RevocationReason.UNSPECIFIED, null, T1))
                .isInstanceOf(OrderStateException.class).hasMessageContaining("is REQUESTED");
    }

    @Test
    void shouldLinkReplacementWhenIssued() {
        UUID replacement = UUID.randomUUID();

        assertThat(requested.issue(T0).replacedBy(replacement, T1).replacedByOrderId()).isEqualTo(replacement);
        assertThatThrownBy(() -> requested.replacedBy(replacement, T1)).isInstanceOf(OrderStateException.class);
    }

    private static OrderDetails details() {
        return OrderDetails.builder().type(CertificateType.SSL).product(488).days(365).csr("csr")
                .customer(new Customer("ada@example.com", "Ada", "en")).build();
    }
}
