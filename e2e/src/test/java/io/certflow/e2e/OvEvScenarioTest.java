package io.certflow.e2e;

import io.certflow.devstack.App;
import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Certificates;
import io.certflow.e2e.support.Http;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import io.certflow.testkit.ReceivedMail;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.certflow.e2e.support.Mailbox.MailKind.CALLBACK_NEEDED;
import static io.certflow.e2e.support.Mailbox.MailKind.CLICK_THROUGH_NEEDED;
import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.PLACED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OV and EV orders as with Sectigo: after domain validation the order waits for the customer (OV
 * callback, EV click-through); the link on the order and in the email, opened as the customer
 * would, lets Sectigo (the sandbox, {@code manualCallback} on) issue the certificate.
 */
class OvEvScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();

    @Test
    void shouldIssueOvMultiDomainOrderWhenCustomerOpensCallbackLinkFromEmail() {
        String primary = Orders.newDomain("ov");
        List<String> names = List.of(primary, "shop." + primary);
        Orders order = ProductOrders.ovMultiDomainByCname(names);
        String orderId;
        String sectigoNumber;
        // Validation waits for the control call, so that the DCV step can be read before it is done.
        try (Sandbox.Restore manualValidation = sandbox.settings(Map.of("autoValidate", false))) {
            orderId = accepted(intake.submit(order.json()));
            Map<String, Object> dcvStep = await().atMost(END_STATE)
                    .until(() -> intake.nextStep(orderId), step -> "DCV".equals(step.get("kind")));
            assertThat(instructions(dcvStep)).extracting(instruction -> instruction.get("domain"))
                    .containsExactlyElementsOf(names);
            assertThat(instructions(dcvStep)).allSatisfy(instruction -> {
                assertThat(instruction.get("method")).isEqualTo("CNAME_CSR_HASH");
                assertThat((String) instruction.get("cnameHost")).matches("_[0-9a-f]{32}\\."
                        + Pattern.quote((String) instruction.get("domain")));
                assertThat((String) instruction.get("cnameTarget")).endsWith(".sectigo.com");
            });
            sectigoNumber = (String) intake.order(orderId).get("sectigoOrderNumber");
            sandbox.completeValidation(sectigoNumber);
        }

        String link = awaitCustomerStep(orderId, "CALLBACK", "/products/EnterCallbackCode", sectigoNumber);
        ReceivedMail callbackMail = awaitOne(order.customerEmail(), CALLBACK_NEEDED);
        assertThat(callbackMail.text()).contains(link);
        assertThat(Http.openInBrowser(link).status()).as("the customer opens the callback link").isEqualTo(200);

        awaitStatus(intake, orderId, "ISSUED");
        X509Certificate leaf = storedLeaf(orderId);
        assertThat(Certificates.dnsNames(leaf)).containsAll(names);
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=" + ProductOrders.ORGANIZATION_NAME);
        String customer = order.customerEmail();
        awaitOne(customer, ISSUED);
        awaitQuiet(() -> mailbox.to(customer).size() == 3 && mailbox.to(customer, PLACED).size() == 1
                && mailbox.to(customer, CALLBACK_NEEDED).size() == 1 && mailbox.to(customer, ISSUED).size() == 1);
    }

    @Test
    void shouldIssueEvOrderWhenCustomerOpensClickThroughLinkFromEmail() {
        String domain = Orders.newDomain("ev");
        Orders order = ProductOrders.ev(domain);

        String orderId = accepted(intake.submit(order.json()));

        await().atMost(END_STATE).until(() -> intake.order(orderId).get("sectigoOrderNumber") != null);
        String sectigoNumber = (String) intake.order(orderId).get("sectigoOrderNumber");
        String link = awaitCustomerStep(orderId, "CLICK_THROUGH", "/products/ExecuteAgreementsWithCode",
                sectigoNumber);
        ReceivedMail clickThroughMail = awaitOne(order.customerEmail(), CLICK_THROUGH_NEEDED);
        assertThat(clickThroughMail.text()).contains(link);
        assertThat(Http.openInBrowser(link).status()).as("the customer opens the click-through link").isEqualTo(200);

        awaitStatus(intake, orderId, "ISSUED");
        X509Certificate leaf = storedLeaf(orderId);
        assertThat(Certificates.dnsNames(leaf)).contains(domain);
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=" + ProductOrders.ORGANIZATION_NAME);
        String customer = order.customerEmail();
        awaitOne(customer, ISSUED);
        // One action mail: the click-through link is also EV's callback link (v2.0 text, section 6), so
        // the customer, done with it, must not be asked again for an OV callback.
        awaitQuiet(() -> mailbox.to(customer, ISSUED).size() == 1);
        assertThat(mailbox.to(customer)).extracting(ReceivedMail::subject).hasSize(3)
                .anyMatch(PLACED::matches).anyMatch(CLICK_THROUGH_NEEDED::matches).anyMatch(ISSUED::matches);
    }

    /**
     * Waits for the order's {@code kind} step and checks its link: the sandbox's page for this order
     * with the step's verification code. Returns the link.
     */
    private String awaitCustomerStep(String orderId, String kind, String path, String sectigoNumber) {
        Map<String, Object> step = await().atMost(END_STATE)
                .until(() -> intake.nextStep(orderId), next -> kind.equals(next.get("kind")));
        assertThat(intake.status(orderId)).isEqualTo("VALIDATING");
        String code = (String) step.get("verificationCode");
        assertThat(code).isNotBlank();
        String sandboxPage = "http://localhost:" + SystemUnderTest.stack().settings().port(App.SECTIGO_SANDBOX) + path;
        assertThat((String) step.get("url")).isEqualTo(sandboxPage + "?orderNumber=" + sectigoNumber
                + "&code2=" + code);
        return (String) step.get("url");
    }

    private ReceivedMail awaitOne(String customer, Mailbox.MailKind kind) {
        await().atMost(END_STATE).until(() -> !mailbox.to(customer, kind).isEmpty());
        return mailbox.to(customer, kind).get(0);
    }

    private X509Certificate storedLeaf(String orderId) {
        String certificateId = (String) single(certStore.forOrder(orderId)).get("id");
        return Certificates.single(certStore.download(certificateId, "pem"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> instructions(Map<String, Object> step) {
        return (List<Map<String, Object>>) step.get("dcvInstructions");
    }
}
