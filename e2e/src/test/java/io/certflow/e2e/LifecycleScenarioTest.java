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

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Map;

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.REPLACEMENT_ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.REVOCATION_FAILED;
import static io.certflow.e2e.support.Mailbox.MailKind.REVOKED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After issuance: an issued order replaced with a new key, one revoked, one revoked at the second try. */
class LifecycleScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Mailbox mailbox = SystemUnderTest.mailbox();
    private final Sandbox sandbox = SystemUnderTest.sandbox();

    @Test
    void shouldIssueReplacementAndMarkOldOrderAndCertificateReplacedWhenIssuedOrderIsReplaced() {
        String domain = Orders.newDomain("replace");
        Orders order = ProductOrders.dv(domain);
        String oldOrderId = issued(order);
        String oldCertificateId = (String) single(certStore.forOrder(oldOrderId)).get("id");
        KeyPair newKey = Csrs.newKey();

        String newOrderId = accepted(intake.replace(oldOrderId, Csrs.rsa(domain, newKey)));

        assertThat(newOrderId).isNotEqualTo(oldOrderId);
        assertThat(intake.order(newOrderId).get("replacesOrderId")).isEqualTo(oldOrderId);
        awaitStatus(intake, newOrderId, "ISSUED");
        awaitStatus(intake, oldOrderId, "REPLACED");
        await().atMost(END_STATE).until(() -> "REPLACED".equals(certificate(oldCertificateId).get("status")));
        X509Certificate newLeaf = Certificates.single(certStore.download(
                (String) single(certStore.forOrder(newOrderId)).get("id"), "pem"));
        assertThat(newLeaf.getPublicKey()).isEqualTo(newKey.getPublic());
        assertThat(Certificates.dnsNames(newLeaf)).contains(domain);
        String customer = order.customerEmail();
        await().atMost(END_STATE).until(() -> mailbox.to(customer, REPLACEMENT_ISSUED).size() == 1);
        awaitQuiet(() -> mailbox.to(customer, REPLACEMENT_ISSUED).size() == 1
                && mailbox.to(customer, ISSUED).size() == 1 && mailbox.to(customer, REVOKED).isEmpty());
    }

    @Test
    void shouldRevokeOrderAndCertificateAndEmailCustomerOnceWhenRevocationIsAsked() {
        Orders order = ProductOrders.dv(Orders.newDomain("revoke"));
        String orderId = issued(order);
        String certificateId = (String) single(certStore.forOrder(orderId)).get("id");

        assertThat(accepted(intake.revoke(orderId, "KEY_COMPROMISE"))).isEqualTo(orderId);

        awaitStatus(intake, orderId, "REVOKED");
        await().atMost(END_STATE).until(() -> "REVOKED".equals(certificate(certificateId).get("status")));
        assertThat(certificate(certificateId).get("revokedAt")).isNotNull();
        String customer = order.customerEmail();
        await().atMost(END_STATE).until(() -> mailbox.to(customer, REVOKED).size() == 1);
        awaitQuiet(() -> mailbox.to(customer, REVOKED).size() == 1);
    }

    @Test
    void shouldTellCustomerCertificateIsStillValidThenRevokeWhenFirstRevocationIsRefused() {
        Orders order = ProductOrders.dv(Orders.newDomain("refused"));
        String orderId = issued(order);
        String certificateId = (String) single(certStore.forOrder(orderId)).get("id");
        String customer = order.customerEmail();

        try (Sandbox.Restore credentialsRotated = sandbox.rotatePassword()) {
            accepted(intake.revoke(orderId, "SUPERSEDED"));
            await().atMost(END_STATE).until(() -> revocation(orderId).get("refusal") != null);
        }

        assertThat(intake.order(orderId).get("status")).isEqualTo("ISSUED");
        assertThat(certificate(certificateId).get("status")).isEqualTo("VALID");
        await().atMost(END_STATE).until(() -> mailbox.to(customer, REVOCATION_FAILED).size() == 1);
        assertThat(mailbox.to(customer, REVOCATION_FAILED).get(0).text())
                .contains((String) revocation(orderId).get("refusal"), "still valid");

        accepted(intake.revoke(orderId, "KEY_COMPROMISE"));

        awaitStatus(intake, orderId, "REVOKED");
        await().atMost(END_STATE).until(() -> "REVOKED".equals(certificate(certificateId).get("status")));
        await().atMost(END_STATE).until(() -> mailbox.to(customer, REVOKED).size() == 1);
        awaitQuiet(() -> mailbox.to(customer, REVOKED).size() == 1
                && mailbox.to(customer, REVOCATION_FAILED).size() == 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> revocation(String orderId) {
        return (Map<String, Object>) intake.order(orderId).getOrDefault("revocation", Map.of());
    }

    private String issued(Orders order) {
        String orderId = accepted(intake.submit(order.json()));
        awaitStatus(intake, orderId, "ISSUED");
        await().atMost(END_STATE).until(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
        return orderId;
    }

    private Map<String, Object> certificate(String certificateId) {
        return certStore.certificate(certificateId);
    }
}
