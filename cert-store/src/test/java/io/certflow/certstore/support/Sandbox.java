package io.certflow.certstore.support;

import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.http.Forms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sectigo-sandbox as a child JVM, driven over real HTTP the way the gateway would: order with a
 * CSR, complete validation, collect certificate and chain (CollectSSL, individually encoded PEMs).
 */
public final class Sandbox implements AutoCloseable {

    private static final String LOGIN = "certflow-reseller";
    private static final String PASSWORD = "sandbox-secret";

    private final AppProcess app = AppProcess.start("sectigo-sandbox", Map.of("SANDBOX_AUTO_VALIDATE", "false"));
    private final HttpClient http = HttpClient.newHttpClient();

    public String rootUrl() {
        return app.baseUrl() + "/sandbox/ca/root.pem";
    }

    /** Orders a DV certificate for the CSR and has it issued; answers what CollectSSL delivers. */
    public Collected issue(String csr) {
        Map<String, List<String>> applied = form("/products/!AutoApplyOrder", Map.of("product", "488", "days", "365",
                "serverSoftware", "-1", "isCustomerValidated", "N", "dcvEmailAddress", "admin@example.com",
                "csr", csr, "responseFormat", "1"));
        return complete(single(applied, "orderNumber"));
    }

    /** Orders a mailbox-validated S/MIME certificate (!PlaceOrder 2411) for the CSR, has it issued, collects it. */
    public Collected issueSmime(String csr, String... emailAddresses) {
        Map<String, String> order = new LinkedHashMap<>(Map.of("ap", "certflow", "reseller", "N",
                "emailAddress", emailAddresses[0], "1_PPP", "2411", "1_csr", csr));
        order.put("1_smimeEmailAddresses", String.join(",", emailAddresses));
        return complete(single(form("/products/!PlaceOrder", order), "orderNumber"));
    }

    private Collected complete(String orderNumber) {
        post("/sandbox/orders/" + orderNumber + "/complete-validation", Map.of());
        Map<String, List<String>> collected = form("/products/download/CollectSSL", Map.of("orderNumber", orderNumber,
                "queryType", "1", "responseType", "3"));
        return new Collected(single(collected, "certificate"), collected.getOrDefault("caCertificate", List.of()));
    }

    /** The leaf and the CA certificates (intermediate, then root) as Sectigo hands them out. */
    public record Collected(String certificatePem, List<String> caCertificatePems) {
    }

    private Map<String, List<String>> form(String path, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("loginName", LOGIN, "loginPassword", PASSWORD));
        all.putAll(parameters);
        Map<String, List<String>> answer = Forms.decode(post(path, all));
        if (answer.containsKey("errorCode") && !List.of("0", "1", "2").contains(single(answer, "errorCode"))) {
            throw new IllegalStateException(path + " failed: " + answer);
        }
        return answer;
    }

    private String post(String path, Map<String, String> form) {
        try {
            return Forms.post(http, URI.create(app.baseUrl() + path), form).body();
        } catch (IOException e) {
            throw new IllegalStateException("sandbox call " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String single(Map<String, List<String>> answer, String name) {
        List<String> values = answer.get(name);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + answer);
        }
        return values.get(0);
    }

    @Override
    public void close() {
        app.close();
    }
}
