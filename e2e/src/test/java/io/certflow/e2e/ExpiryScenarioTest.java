package io.certflow.e2e;

import io.certflow.devstack.StackTimings;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.certflow.e2e.support.Mailbox.MailKind.EXPIRING;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * cert-store's expiry scan with the default thresholds (30, 14, 7, 1 days): a 30-day certificate has
 * crossed only the 30-day threshold the moment it is issued, and is reminded of it exactly once.
 */
class ExpiryScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldSendOneReminderAndNoMoreWhenThirtyDayCertificateIsIssued() {
        Orders order = ProductOrders.dv(Orders.newDomain("expiring")).days(30);
        String customer = order.customerEmail();

        String orderId = accepted(intake.submit(order.json()));

        awaitStatus(intake, orderId, "ISSUED");
        await().atMost(END_STATE).until(() -> mailbox.to(customer, EXPIRING).size() == 1);
        assertThat(mailbox.to(customer, EXPIRING).get(0).subject()).containsPattern("expires in (29|30) days");
        StackTimings timings = SystemUnderTest.stack().settings().timings();
        Duration severalScans = timings.expiryScanInterval().multipliedBy(3).plusSeconds(1);
        awaitQuiet(severalScans, () -> mailbox.to(customer, EXPIRING).size() == 1);
    }
}
