package io.certflow.webhook.sandbox;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.http.Forms;
import io.certflow.testkit.kafka.EventLog;
import io.certflow.webhook.support.Csrs;
import io.certflow.webhook.support.PushClient;
import io.certflow.webhook.support.PushTestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sectigo-sandbox, as its own JVM, validates orders and pushes to this receiver over real HTTP
 * (POST with certificate and chain, Basic auth), as Sectigo would: DV issued, OV verified and EV
 * click-through with their verification codes, and an S/MIME push with its eventType.
 */
@MicronautTest(transactional = false)
class SandboxPushTest extends PushTestContext {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOGIN = "certflow-reseller";
    private static final String PASSWORD = "sandbox-secret";

    private AppProcess sandbox;

    @BeforeAll
    void startSandbox() {
        sandbox = AppProcess.start("sectigo-sandbox", Map.of(
                "SANDBOX_PUSH_URL", "http://127.0.0.1:" + server.getPort() + PATH,
                "SANDBOX_PUSH_USERNAME", PushClient.USERNAME,
                "SANDBOX_PUSH_PASSWORD", PushClient.PASSWORD,
                "SANDBOX_AUTO_VALIDATE", "false"));
    }

    @AfterAll
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldPublishSandboxCertificateWhenSandboxPushesIssuedOrder() throws Exception {
        String orderNumber = autoApply(sslOrder("488", "push.example.com"));
        UUID orderId = placed(orderNumber);

        completeValidation(orderNumber);

        CertificateIssued issued = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderId.toString(),
                CertificateIssued.class);
        assertThat(parse(issued.certificatePem()).getSubjectX500Principal().getName()).contains("push.example.com");
        assertThat(issued.chainPems()).hasSize(2);
        assertThat(awaitStatus(orderId, CertificateStatus.ISSUED).providerStatus()).isEqualTo("issued/6");
        assertThat(rows("received_push WHERE sectigo_order_number = '" + orderNumber + "'")).isEqualTo(1);
    }

    @Test
    void shouldLinkToOvCallbackWhenSandboxPushesVerifiedWithCode() throws Exception {
        Map<String, String> order = sslOrder("7", "ov.example.com");
        order.putAll(Map.of("appRepEmailAddress", "rep@example.com", "organizationName", "Example Ltd",
                "countryName", "GB"));
        String orderNumber = autoApply(order);
        UUID orderId = placed(orderNumber);

        completeValidation(orderNumber);

        CertificateStatusChanged verified = awaitStatus(orderId, CertificateStatus.AWAITING_VERIFICATION);
        String code = verificationCodeOf(orderNumber);
        assertThat(verified.verificationCode()).isEqualTo(code);
        assertThat(verified.nextStepUrl()).isEqualTo("https://secure.trust-provider.com/products/EnterCallbackCode"
                + "?orderNumber=" + orderNumber + "&code2=" + code);
    }

    @Test
    void shouldLinkToEvClickThroughWhenSandboxPushesClickThroughWithCode() throws Exception {
        Map<String, String> order = sslOrder("562", "ev.example.com");
        order.putAll(Map.of("appRepEmailAddress", "rep@example.com", "organizationName", "Example Ltd",
                "countryName", "GB", "joiCountryName", "GB"));
        String orderNumber = autoApply(order);
        UUID orderId = placed(orderNumber);

        completeValidation(orderNumber);

        String evLink = "https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber="
                + orderNumber + "&code2=" + verificationCodeOf(orderNumber);
        assertThat(awaitStatus(orderId, CertificateStatus.AWAITING_CLICK_THROUGH).nextStepUrl()).isEqualTo(evLink);
        assertThat(awaitStatus(orderId, CertificateStatus.AWAITING_VERIFICATION).nextStepUrl())
                .as("EV callback: the same link").isEqualTo(evLink);
    }

    @Test
    void shouldAcceptSmimePushWithEventTypeWhenSandboxIssuesMailboxCertificate() throws Exception {
        String orderNumber = placeSmimeOrder("jane@example.org");
        UUID orderId = placed(orderNumber);

        completeValidation(orderNumber);

        CertificateIssued issued = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderId.toString(),
                CertificateIssued.class);
        assertThat(parse(issued.certificatePem()).getSubjectAlternativeNames())
                .contains(List.of(1, "jane@example.org"));
        assertThat(rows("received_push WHERE sectigo_order_number = '" + orderNumber
                + "' AND event_type = 'issued'")).isEqualTo(1);
        assertThat(awaitStatus(orderId, CertificateStatus.ISSUED).providerStatus()).startsWith("issued/");
    }

    private CertificateStatusChanged awaitStatus(UUID orderId, CertificateStatus status) {
        List<CertificateStatusChanged> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            statusChanges(orderId).stream().filter(changed -> changed.status() == status).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private List<CertificateStatusChanged> statusChanges(UUID orderId) {
        return new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED, orderId.toString(),
                CertificateStatusChanged.class);
    }

    private static Map<String, String> sslOrder(String product, String domain) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("product", product);
        form.put("days", "365");
        form.put("serverSoftware", "-1");
        form.put("isCustomerValidated", "N");
        form.put("dcvEmailAddress", "admin@" + domain);
        form.put("csr", Csrs.forDomain(domain));
        return form;
    }

    private String autoApply(Map<String, String> order) throws Exception {
        HttpResponse<String> answer = post("/products/!AutoApplyOrder", withLogin(order));
        String[] lines = answer.body().split("\n");
        assertThat(lines[0]).as("AutoApplyOrder answer: %s", answer.body()).isEqualTo("0");
        return lines[1].trim();
    }

    private String placeSmimeOrder(String mailbox) throws Exception {
        HttpResponse<String> answer = post("/products/!PlaceOrder", withLogin(Map.of("ap", "certflow",
                "reseller", "N", "emailAddress", mailbox, "1_PPP", "2411", "1_smimeEmailAddresses", mailbox,
                "1_csr", Csrs.forDomain("Jane Doe"))));
        Map<String, List<String>> fields = Forms.decode(answer.body().trim());
        assertThat(fields).as("PlaceOrder answer: %s", answer.body()).containsKey("orderNumber");
        return fields.get("orderNumber").get(0);
    }

    private void completeValidation(String orderNumber) throws Exception {
        HttpResponse<String> completed = post("/sandbox/orders/" + orderNumber + "/complete-validation", Map.of());
        assertThat(completed.statusCode()).as("complete-validation: %s", completed.body()).isBetween(200, 299);
    }

    @SuppressWarnings("unchecked")
    private String verificationCodeOf(String orderNumber) throws Exception {
        HttpResponse<String> order = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                + "/sandbox/orders/" + orderNumber)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Object code = json.readValue(order.body(), Map.class).get("verificationCode");
        assertThat(code).as("sandbox order %s", order.body()).isNotNull();
        return code.toString();
    }

    private static Map<String, String> withLogin(Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("loginName", LOGIN, "loginPassword", PASSWORD));
        all.putAll(form);
        return all;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return Forms.post(HTTP, URI.create(sandbox.baseUrl() + path), form);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
