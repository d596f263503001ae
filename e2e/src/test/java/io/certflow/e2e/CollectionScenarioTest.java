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

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sectigo's push never arrives; the gateway's collection (CollectSSL) finds the certificate anyway. */
class CollectionScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldIssueOrderThroughCollectionWhenEveryPushIsLost() {
        Orders order = ProductOrders.dv(Orders.newDomain("lost-push"));
        String orderId;
        String sectigoNumber;
        try (Sandbox.Restore pushesLost = sandbox.faults(Map.of("pushDropRate", 1.0))) {
            orderId = accepted(intake.submit(order.json()));
            awaitStatus(intake, orderId, "ISSUED");
            sectigoNumber = (String) intake.order(orderId).get("sectigoOrderNumber");
        }

        assertThat(sandbox.pushesFor(sectigoNumber)).isNotEmpty()
                .allSatisfy(push -> assertThat(push.get("outcome")).isEqualTo("DROPPED"));
        assertThat(sandbox.calls()).anySatisfy(call -> {
            assertThat(call.get("endpoint")).isEqualTo("download/CollectSSL");
            assertThat(call.get("orderNumber")).isEqualTo(sectigoNumber);
        });
        assertThat(certStore.forOrder(orderId)).hasSize(1);
        await().atMost(END_STATE).until(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
        awaitQuiet(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
    }
}
