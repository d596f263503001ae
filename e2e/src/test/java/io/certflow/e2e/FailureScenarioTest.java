package io.certflow.e2e;

import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.certflow.e2e.support.Mailbox.MailKind.FAILED;
import static io.certflow.e2e.support.Mailbox.MailKind.ISSUANCE_FAILED;
import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sectigo accepts an order, then cannot sign it (push 3 "PRE-SIGN FAILED"): the customer learns why. */
class FailureScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldFailOrderWithCaaReasonAndEmailItOnceWhenDomainsCaaRecordsExcludeSectigo() {
        String domain = Orders.newDomain("caa");
        Orders order = ProductOrders.dv(domain);
        String orderId;
        try (Sandbox.Restore caaDenied = sandbox.settings(Map.of("caaDeniedDomains", List.of(domain)))) {
            orderId = accepted(intake.submit(order.json()));
            awaitStatus(intake, orderId, "FAILED");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) intake.order(orderId).get("failure");
        assertThat(failure.get("reason")).isNotNull();
        assertThat((String) failure.get("message")).contains("CAA");
        String customer = order.customerEmail();
        await().atMost(END_STATE).until(() -> mailbox.to(customer, ISSUANCE_FAILED).size() == 1);
        assertThat(mailbox.to(customer, ISSUANCE_FAILED).get(0).text()).contains("CAA", domain);
        awaitQuiet(() -> mailbox.to(customer, ISSUANCE_FAILED).size() == 1 && mailbox.to(customer, ISSUED).isEmpty()
                && mailbox.to(customer, FAILED).isEmpty());
        assertThat(certStore.forOrder(orderId)).isEmpty();
    }
}
