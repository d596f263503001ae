package io.certflow.e2e;

import io.certflow.devstack.App;
import io.certflow.devstack.Stack;
import io.certflow.devstack.StackSettings;
import io.certflow.e2e.support.CertStore;
import io.certflow.e2e.support.Http;
import io.certflow.e2e.support.Intake;
import io.certflow.e2e.support.Mailbox;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.ProductOrders;
import io.certflow.e2e.support.SecretSearch;
import io.certflow.e2e.support.StackClients;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.certflow.e2e.support.Mailbox.MailKind.ISSUED;
import static io.certflow.e2e.support.Mailbox.MailKind.REVOKED;
import static io.certflow.e2e.support.Scenario.END_STATE;
import static io.certflow.e2e.support.Scenario.accepted;
import static io.certflow.e2e.support.Scenario.awaitStatus;
import static io.certflow.e2e.support.Scenario.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Secrets never reach logs, events, rows or URLs: a stack whose Sectigo password, push password and
 * download-link key are canaries (unique strings found nowhere else) runs an order from request to
 * revocation, with a download by token, a download by the email's signed link and a push with wrong
 * credentials; then every log, topic, table, called URL and mail is searched for each canary and for
 * the bearer token that was used. Each must occur nowhere.
 */
class SecretCanaryScenarioTest {

    private static final String SECTIGO_PASSWORD = "canary-sectigo-" + UUID.randomUUID();
    private static final String LINK_SECRET = "canary-link-" + UUID.randomUUID();
    private static Stack stack;

    @BeforeAll
    static void startStackWithCanarySecrets() {
        stack = Stack.start(StackSettings.ephemeral()
                .withAppEnvironment(App.SECTIGO_SANDBOX, Map.of("SANDBOX_LOGIN_PASSWORD", SECTIGO_PASSWORD))
                .withAppEnvironment(App.SECTIGO_GATEWAY, Map.of("SECTIGO_LOGIN_PASSWORD", SECTIGO_PASSWORD))
                .withAppEnvironment(App.CERT_STORE, Map.of("DOWNLOAD_LINK_SECRET", LINK_SECRET))
                .withAppEnvironment(App.NOTIFIER, Map.of("DOWNLOAD_LINK_SECRET", LINK_SECRET)));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldLeaveNoTraceOfAnySecretWhenAnOrderGoesFromRequestToRevocation() {
        StackClients clients = new StackClients(stack);
        Intake intake = clients.intakes().get(0);
        CertStore certStore = clients.certStore();
        Mailbox mailbox = clients.mailbox();
        Orders order = ProductOrders.dv(Orders.newDomain("canary"));
        String orderId = accepted(intake.submit(order.json(), "canary-" + UUID.randomUUID()));
        awaitStatus(intake, orderId, "ISSUED");
        String certificateId = (String) single(certStore.forOrder(orderId)).get("id");
        certStore.download(certificateId, "fullchain");
        await().atMost(END_STATE).until(() -> mailbox.to(order.customerEmail(), ISSUED).size() == 1);
        assertThat(Http.get(signedLink(mailbox.to(order.customerEmail(), ISSUED).get(0).text())).status())
                .isEqualTo(200);
        assertThat(pushWithWrongPassword().status()).isEqualTo(401);
        accepted(intake.revoke(orderId, "SUPERSEDED"));
        awaitStatus(intake, orderId, "REVOKED");
        await().atMost(END_STATE).until(() -> mailbox.to(order.customerEmail(), REVOKED).size() == 1);

        String token = stack.tokens().token(SystemUnderTest.ACME_CLIENT);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("Sectigo password", SECTIGO_PASSWORD);
        secrets.put("push password", stack.settings().pushPassword());
        secrets.put("download-link key", LINK_SECRET);
        secrets.put("bearer token", token);
        secrets.put("bearer token's signature", token.substring(token.lastIndexOf('.') + 1));

        SecretSearch search = new SecretSearch(stack);
        assertThat(search.occurrences(secrets)).isEmpty();
        // The search itself finds what is there: the order id is in every place it was meant to be.
        assertThat(search.occurrences(Map.of("order id", orderId))).contains("tables of order_intake: order id",
                "topic certflow.order.requested.v1: order id", "URLs called at Sectigo: order id");
    }

    /** The push password with something appended: a refusal that logged what it was offered would show it. */
    private static Http.Reply pushWithWrongPassword() {
        String credentials = stack.settings().pushUsername() + ":" + stack.settings().pushPassword() + "-wrong";
        return Http.get(stack.baseUrl(App.WEBHOOK_RECEIVER) + "/sectigo/push?orderNumber=1&status=issued",
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8))));
    }

    private static String signedLink(String mailText) {
        return mailText.lines().map(String::trim).filter(line -> line.contains("/downloads/")).findFirst()
                .orElseThrow(() -> new AssertionError("no download link in the issued mail:\n" + mailText));
    }
}
