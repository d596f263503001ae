package io.certflow.e2e;

import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Certificates;
import io.certflow.e2e.support.Csrs;
import io.certflow.e2e.support.Evidence;
import io.certflow.e2e.support.Http;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.Sandbox;
import io.certflow.e2e.support.SystemUnderTest;
import io.certflow.events.Topics;
import io.certflow.testkit.ReceivedMail;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.certflow.e2e.support.Mailbox.MailKind.FAILED;
import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.PLACED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitQuiet;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.parameter;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * A DV order through the whole system: intake, gateway, the sandbox over HTTP (validation after its
 * delay, then a push), webhook receiver, cert-store, notifier, SMTP.
 */
class DvOrderScenarioTest {

    private final Intake intake = SystemUnderTest.intake();
    private final CertStore certStore = SystemUnderTest.certStore();
    private final Sandbox sandbox = SystemUnderTest.sandbox();
    private final Mailbox mailbox = SystemUnderTest.mailbox();
    private final Evidence evidence = SystemUnderTest.evidence();

    @Test
    void shouldStoreVerifiedCertificateAndEmailCustomerOnceWhenDvOrderIsIssued() throws Exception {
        Orders order = Orders.dv();

        String orderId = accepted(intake.submit(order.json()));

        awaitEndState(orderId, "ISSUED");
        String certificateId = (String) single(certStore.forOrder(orderId)).get("id");
        String leafPem = certStore.download(certificateId, "pem");
        X509Certificate leaf = Certificates.single(leafPem);
        List<X509Certificate> chain = Certificates.parse(certStore.download(certificateId, "chain"));
        X509Certificate sandboxRoot = Certificates.single(sandbox.rootPem());
        assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(Csrs.CUSTOMER_KEY.getPublic().getEncoded());
        assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=" + Orders.DOMAIN);
        assertThatCode(() -> Certificates.verifyChain(leaf, chain, sandboxRoot)).doesNotThrowAnyException();
        String customer = order.customerEmail();
        await().atMost(END_STATE).until(() -> mailbox.to(customer, ISSUED).size() == 1);
        awaitQuiet(() -> mailbox.to(customer).size() == 2 && mailbox.to(customer, PLACED).size() == 1
                && mailbox.to(customer, ISSUED).size() == 1);
        ReceivedMail issued = mailbox.to(customer, ISSUED).get(0);
        assertThat(issued.attachments()).anySatisfy(attachment -> assertThat(
                Certificates.normalized(new String(attachment.content(), StandardCharsets.US_ASCII)))
                .isEqualTo(Certificates.normalized(leafPem)));
    }

    @Test
    void shouldPlaceOneSectigoOrderWhenSameOrderIsSubmittedTwiceWithOneIdempotencyKey() {
        Orders order = Orders.dv();
        String key = "e2e-" + UUID.randomUUID();

        String first = accepted(intake.submit(order.json(), key));
        String second = accepted(intake.submit(order.json(), key));

        assertThat(second).isEqualTo(first);
        awaitEndState(first, "ISSUED");
        awaitQuiet(() -> sandbox.ordersFor(first).size() == 1);
        assertThat(orderCreatingCallsFor(first)).hasSize(1);
    }

    @Test
    void shouldFailWithCodeAndReasonWhenSectigoAccountHasNotEnoughCredit() {
        Orders order = Orders.dv();
        String customer = order.customerEmail();
        sandbox.setBalance("0");
        String orderId;
        try {
            orderId = accepted(intake.submit(order.json()));
            awaitEndState(orderId, "FAILED");
        } finally {
            sandbox.restoreBalance();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) intake.order(orderId).get("failure");
        assertThat(failure).containsEntry("reason", "INSUFFICIENT_CREDIT").containsEntry("providerCode", "-15");
        assertThat((String) failure.get("message")).containsIgnoringCase("credit");
        await().atMost(END_STATE).until(() -> mailbox.to(customer, FAILED).size() == 1);
        String text = mailbox.to(customer, FAILED).get(0).text();
        assertThat(text).contains("-15", (String) failure.get("message"));
        awaitQuiet(() -> mailbox.to(customer, FAILED).size() == 1 && mailbox.to(customer, ISSUED).isEmpty());
        assertThat(sandbox.ordersFor(orderId)).isEmpty();
    }

    @Test
    void shouldAnswerBadRequestAndLeaveNoRowEventOrSectigoCallWhenCsrIsBad() {
        String key = "e2e-bad-csr-" + UUID.randomUUID();
        String badCsr = Csrs.withBadSignature("bad-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com");

        Http.Reply reply = intake.submit(Orders.dv().csr(badCsr).json(), key);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(fieldErrors(reply)).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo("csr");
            assertThat((String) error.get("reason")).contains("signature");
        });
        assertThat(evidence.rows("order_intake", "orders", "request_id", key)).isZero();
        String csrBody = pemBody(badCsr);
        awaitQuiet(() -> sandbox.calls().stream().noneMatch(call -> String.valueOf(call.get("parameters"))
                .replaceAll("\\s", "").contains(csrBody)));
        assertThat(evidence.values(Topics.ORDER_REQUESTED)).noneMatch(value -> value.contains(key));
    }

    @Test
    void shouldStoreOneCertificateAndSendOneEmailWhenPushIsDeliveredTwice() {
        Orders order = Orders.dv();
        String customer = order.customerEmail();
        String orderId;
        sandbox.duplicateEveryPush(true);
        try {
            orderId = accepted(intake.submit(order.json()));
            awaitEndState(orderId, "ISSUED");
            String sectigoOrderNumber = (String) intake.order(orderId).get("sectigoOrderNumber");
            await().atMost(END_STATE).until(() -> deliveredIssuedPushes(sectigoOrderNumber) == 2);
        } finally {
            sandbox.duplicateEveryPush(false);
        }

        await().atMost(END_STATE).until(() -> mailbox.to(customer, ISSUED).size() == 1);
        awaitQuiet(() -> certStore.forOrder(orderId).size() == 1 && mailbox.to(customer, ISSUED).size() == 1);
    }

    private void awaitEndState(String orderId, String expected) {
        awaitStatus(intake, orderId, expected);
    }

    private List<Map<String, Object>> orderCreatingCallsFor(String orderId) {
        return sandbox.calls().stream()
                .filter(call -> String.valueOf(call.get("endpoint")).contains("AutoApply"))
                .filter(call -> parameter(call, "foreignOrderNumber").equals(orderId))
                .toList();
    }

    private long deliveredIssuedPushes(String sectigoOrderNumber) {
        return sandbox.pushes().stream()
                .filter(push -> sectigoOrderNumber.equals(push.get("orderNumber")))
                .filter(push -> Integer.valueOf(6).equals(push.get("statusCode")))
                .filter(push -> "DELIVERED".equals(push.get("outcome")))
                .count();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fieldErrors(Http.Reply reply) {
        return (List<Map<String, Object>>) reply.map().get("errors");
    }

    private static String pemBody(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
