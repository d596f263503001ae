package io.certflow.e2e.support;

import io.certflow.testkit.http.Forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sandbox's control and inspection API ({@code /sandbox/…}): what Sectigo was asked and did. */
public final class Sandbox {

    public static final String LOGIN = "certflow-reseller";
    private static final String DEFAULT_BALANCE = "100000.00";
    private static final String DEFAULT_PASSWORD = "sandbox-secret";

    private final String baseUrl;

    Sandbox(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sectigo orders whose {@code foreignOrderNumber} is certflow's order id. */
    public List<Map<String, Object>> ordersFor(String orderId) {
        return Http.get(baseUrl + "/sandbox/orders?foreignOrderNumber=" + Forms.encode(orderId)).list();
    }

    /** One Sectigo order by its number. */
    public Map<String, Object> order(String orderNumber) {
        return Http.get(baseUrl + "/sandbox/orders/" + Forms.encode(orderNumber)).map();
    }

    /** Every Sectigo-shaped call received, passwords redacted. */
    public List<Map<String, Object>> calls() {
        return Http.get(baseUrl + "/sandbox/calls").list();
    }

    /** Every push sent (or attempted) to the webhook receiver. */
    public List<Map<String, Object>> pushes() {
        return Http.get(baseUrl + "/sandbox/pushes").list();
    }

    /** The pushes (sent, failed or dropped) of one Sectigo order. */
    public List<Map<String, Object>> pushesFor(String orderNumber) {
        return pushes().stream().filter(push -> orderNumber.equals(push.get("orderNumber"))).toList();
    }

    public String rootPem() {
        return Http.get(baseUrl + "/sandbox/ca/root.pem").body();
    }

    /** Domain control of the order is validated now (for a test that switched auto-validation off). */
    public void completeValidation(String orderNumber) {
        expectOk(Http.postJson(baseUrl + "/sandbox/orders/" + Forms.encode(orderNumber) + "/complete-validation", "",
                Map.of()));
    }

    /** Sectigo's review rejects the order (push 7). */
    public void reject(String orderNumber, String reason) {
        expectOk(Http.postJson(baseUrl + "/sandbox/orders/" + Forms.encode(orderNumber) + "/reject?reason="
                + Forms.encode(reason), "", Map.of()));
    }

    /** Sectigo holds the order for a brand review (push 12); it waits until validation completes. */
    public void holdForBrandValidation(String orderNumber) {
        expectOk(Http.postJson(baseUrl + "/sandbox/orders/" + Forms.encode(orderNumber) + "/brand-validation", "",
                Map.of()));
    }

    /**
     * Changes the reseller account's password behind certflow's back, so Sectigo answers every call
     * with -16 until the handle is closed (the sandbox never shows a password, so the default is put back).
     */
    public Restore rotatePassword() {
        expectOk(Http.putJson(baseUrl + "/sandbox/accounts/" + LOGIN, Http.json(Map.of("password",
                "rotated-" + UUID.randomUUID()))));
        return () -> expectOk(Http.putJson(baseUrl + "/sandbox/accounts/" + LOGIN,
                Http.json(Map.of("password", DEFAULT_PASSWORD))));
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

    /**
     * Changes run-time settings ({@code /sandbox/settings}: autoValidate, smimePush,
     * caaDeniedDomains, …) until the returned handle is closed, which puts the earlier values back.
     */
    public Restore settings(Map<String, Object> changes) {
        return change("/sandbox/settings", changes);
    }

    /** Changes fault switches ({@code /sandbox/faults}: pushDropRate, …) until the handle is closed. */
    public Restore faults(Map<String, Object> changes) {
        return change("/sandbox/faults", changes);
    }

    private Restore change(String path, Map<String, Object> changes) {
        Map<String, Object> current = Http.get(baseUrl + path).map();
        Map<String, Object> earlier = new HashMap<>();
        changes.keySet().forEach(name -> {
            if (!current.containsKey(name)) {
                throw new IllegalArgumentException(path + " has no '" + name + "': " + current.keySet());
            }
            earlier.put(name, current.get(name));
        });
        expectOk(Http.putJson(baseUrl + path, Http.json(changes)));
        return () -> expectOk(Http.putJson(baseUrl + path, Http.json(earlier)));
    }

    private static void expectOk(Http.Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("sandbox control call answered " + reply.status() + ": " + reply.body());
        }
    }

    /** Puts the sandbox's earlier values back; for try-with-resources. */
    @FunctionalInterface
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }
}
