package io.certflow.e2e;

import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Certificates;
import io.certflow.e2e.support.Csrs;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.parameter;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An S/MIME mailbox certificate: placed with !PlaceOrder, authorized with !AutoAuthorize and, with
 * the sandbox's S/MIME pushes off, known to certflow only through the gateway's collection.
 */
class SmimeScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldIssueMailboxCertificateThroughCollectionWhenSectigoSendsNoSmimePush() throws Exception {
        String address = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Orders order = ProductOrders.smimeMailbox(address);
        String orderId;
        String sectigoNumber;
        try (Sandbox.Restore noPushes = sandbox.settings(Map.of("smimePush", false))) {
            orderId = accepted(intake.submit(order.json()));
            awaitStatus(intake, orderId, "ISSUED");
            sectigoNumber = (String) intake.order(orderId).get("sectigoOrderNumber");
            assertThat(sandbox.pushesFor(sectigoNumber)).as("pushes for S/MIME order %s", sectigoNumber).isEmpty();
        }

        assertThat(sectigoCallsFor(orderId, sectigoNumber)).contains("!PlaceOrder", "!AutoAuthorize",
                "download/CollectSSL");
        assertThat(sandbox.order(sectigoNumber).get("status")).isEqualTo("ISSUED");
        Map<String, Object> stored = single(certStore.forOrder(orderId));
        assertThat(stored.get("subjectAlternativeNames")).isEqualTo(List.of(address));
        X509Certificate leaf = Certificates.single(certStore.download((String) stored.get("id"), "pem"));
        assertThat(Certificates.emailAddresses(leaf)).containsExactly(address);
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.4");
        assertThat(leaf.getPublicKey()).isEqualTo(Csrs.CUSTOMER_KEY.getPublic());
        await().atMost(END_STATE).until(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
        assertThat(mailbox.to(order.customerEmail(), ISSUED).get(0).subject()).contains(address);
        awaitQuiet(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
    }

    /** The Sectigo endpoints called for the order: named by its id when placing, by Sectigo's number after. */
    private List<String> sectigoCallsFor(String orderId, String sectigoNumber) {
        return sandbox.calls().stream()
                .filter(call -> parameter(call, "foreignOrderNumber").equals(orderId)
                        || sectigoNumber.equals(call.get("orderNumber")))
                .map(call -> String.valueOf(call.get("endpoint")))
                .toList();
    }
}
