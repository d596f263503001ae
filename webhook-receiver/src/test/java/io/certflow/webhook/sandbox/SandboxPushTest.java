package io.certflow.webhook.sandbox;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.kafka.EventLog;
import io.certflow.webhook.support.Csrs;
import io.certflow.webhook.support.PushClient;
import io.certflow.webhook.support.PushTestContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sectigo-sandbox, as its own JVM, issues a real certificate and pushes it (POST with
 * certificate and chain, Basic auth) to this receiver over real HTTP.
 */
@MicronautTest(transactional = false)
class SandboxPushTest extends PushTestContext {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    ObjectMapper json;

    @Test
    void shouldPublishSandboxCertificateWhenSandboxPushesIssuedOrder() throws Exception {
        try (AppProcess sandbox = AppProcess.start("sectigo-sandbox", Map.of(
                "SANDBOX_PUSH_URL", "http://127.0.0.1:" + server.getPort() + PATH,
                "SANDBOX_PUSH_USERNAME", PushClient.USERNAME,
                "SANDBOX_PUSH_PASSWORD", PushClient.PASSWORD,
                "SANDBOX_AUTO_VALIDATE", "false"))) {
            String orderNumber = placeOrder(sandbox, "push.example.com");

            HttpResponse<String> completed = post(sandbox.baseUrl() + "/sandbox/orders/" + orderNumber
                    + "/complete-validation", Map.of());

            assertThat(completed.statusCode()).isBetween(200, 299);
            CertificateIssued issued = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderNumber,
                    CertificateIssued.class);
            assertThat(parse(issued.certificatePem()).getSubjectX500Principal().getName()).contains("push.example.com");
            assertThat(issued.chainPems()).hasSize(2);
            CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, orderNumber,
                    CertificateStatusChanged.class);
            assertThat(changed.status()).isEqualTo(CertificateStatus.ISSUED);
            assertThat(changed.providerStatus()).isEqualTo("issued/6");
            assertThat(rows("received_push WHERE sectigo_order_number = '" + orderNumber + "'")).isEqualTo(1);
        }
    }

    private static String placeOrder(AppProcess sandbox, String domain) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginName", "certflow-reseller");
        form.put("loginPassword", "sandbox-secret");
        form.put("product", "488");
        form.put("days", "365");
        form.put("serverSoftware", "-1");
        form.put("isCustomerValidated", "N");
        form.put("dcvEmailAddress", "admin@" + domain);
        form.put("csr", Csrs.forDomain(domain));
        HttpResponse<String> answer = post(sandbox.baseUrl() + "/products/!AutoApplyOrder", form);
        String[] lines = answer.body().split("\n");
        assertThat(lines[0]).as("AutoApplyOrder answer: %s", answer.body()).isEqualTo("0");
        return lines[1].trim();
    }

    private static HttpResponse<String> post(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
