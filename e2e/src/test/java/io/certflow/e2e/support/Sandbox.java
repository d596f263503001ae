package io.certflow.e2e.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The sandbox's control and inspection API ({@code /sandbox/…}): what Sectigo was asked and did. */
public final class Sandbox {

    public static final String LOGIN = "certflow-reseller";
    private static final String DEFAULT_BALANCE = "100000.00";

    private final String baseUrl;

    Sandbox(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sectigo orders whose {@code foreignOrderNumber} is certflow's order id. */
    public List<Map<String, Object>> ordersFor(String orderId) {
        return Http.get(baseUrl + "/sandbox/orders?foreignOrderNumber=" + encode(orderId)).list();
    }

    /** Every Sectigo-shaped call received, passwords redacted. */
    public List<Map<String, Object>> calls() {
        return Http.get(baseUrl + "/sandbox/calls").list();
    }

    /** Every push sent (or attempted) to the webhook receiver. */
    public List<Map<String, Object>> pushes() {
        return Http.get(baseUrl + "/sandbox/pushes").list();
    }

    public String rootPem() {
        return Http.get(baseUrl + "/sandbox/ca/root.pem").body();
    }

    public void setBalance(String balance) {
        expectOk(Http.putJson(baseUrl + "/sandbox/accounts/" + LOGIN, "{\"balance\":" + balance + "}"));
    }

    public void restoreBalance() {
        setBalance(DEFAULT_BALANCE);
    }

    public void duplicateEveryPush(boolean on) {
        expectOk(Http.putJson(baseUrl + "/sandbox/faults", "{\"pushDuplicateRate\":" + (on ? "1.0" : "0.0") + "}"));
    }

    private static void expectOk(Http.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("sandbox control call answered " + reply.status() + ": " + reply.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
