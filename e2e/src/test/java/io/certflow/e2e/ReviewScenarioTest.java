package io.certflow.e2e;

import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.certflow.e2e.support.Mailbox.MailKind.BRAND_VALIDATION;
import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.REJECTED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sectigo's own reviews after an order is placed: a brand review holds it (the customer is told to
 * wait, then gets the certificate), a rejection ends it (the customer is told, nothing is stored).
 */
class ReviewScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldShowWaitStepAndEmailOnceThenIssueWhenSectigoReviewsTheBrand() {
        Orders order = ProductOrders.dv(Orders.newDomain("brand"));
        String customer = order.customerEmail();
        String orderId;
        try (Sandbox.Restore manualValidation = sandbox.settings(Map.of("autoValidate", false))) {
            orderId = accepted(intake.submit(order.json()));
            String sectigoNumber = placed(orderId);

            sandbox.holdForBrandValidation(sectigoNumber);

            await().atMost(END_STATE).until(() -> intake.nextStep(orderId), step -> "WAIT".equals(step.get("kind")));
            assertThat(intake.order(orderId).get("status")).isEqualTo("VALIDATING");
            await().atMost(END_STATE).until(() -> mailbox.to(customer, BRAND_VALIDATION).size() == 1);
            sandbox.completeValidation(sectigoNumber);
        }

        awaitStatus(intake, orderId, "ISSUED");
        await().atMost(END_STATE).until(() -> mailbox.to(customer, ISSUED).size() == 1);
        awaitQuiet(() -> mailbox.to(customer, BRAND_VALIDATION).size() == 1
                && mailbox.to(customer, ISSUED).size() == 1);
    }

    @Test
    void shouldRejectOrderAndEmailTheReasonOnceWhenSectigoRejectsIt() {
        String domain = Orders.newDomain("rejected");
        Orders order = ProductOrders.dv(domain);
        String customer = order.customerEmail();
        String orderId;
        try (Sandbox.Restore manualValidation = sandbox.settings(Map.of("autoValidate", false))) {
            orderId = accepted(intake.submit(order.json()));
            sandbox.reject(placed(orderId), "domain listed as high risk");
            awaitStatus(intake, orderId, "REJECTED");
        }

        assertThat(intake.order(orderId).get("failure")).isNotNull();
        await().atMost(END_STATE).until(() -> mailbox.to(customer, REJECTED).size() == 1);
        assertThat(mailbox.to(customer, REJECTED).get(0).text()).contains(domain);
        awaitQuiet(() -> mailbox.to(customer, REJECTED).size() == 1 && mailbox.to(customer, ISSUED).isEmpty());
        assertThat(certStore.forOrder(orderId)).isEmpty();
        assertThat(intake.nextStep(orderId)).isEmpty();
    }

    private String placed(String orderId) {
        return await().atMost(END_STATE)
                .until(() -> (String) intake.order(orderId).get("sectigoOrderNumber"), number -> number != null);
    }
}
