package io.certflow.webhook.support;

import io.certflow.testkit.http.Forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Push parameters as Sectigo sends them (section 6 of the v2.0 text), each with a new order number. */
public final class Pushes {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Pushes(String status, int statusCode, String statusDesc) {
        parameters.put("orderNumber", newOrderNumber());
        parameters.put("certificateID", String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L)));
        parameters.put("status", status);
        parameters.put("statusCode", String.valueOf(statusCode));
        parameters.put("statusDesc", statusDesc);
    }

    /** Any status of section 6's table, e.g. {@code of("failed", 3, "PRE-SIGN FAILED: CAA: Not authorized to issue")}. */
    public static Pushes of(String status, int statusCode, String statusDesc) {
        return new Pushes(status, statusCode, statusDesc);
    }

    public static Pushes verified(String verificationCode) {
        return new Pushes("verified", 12, "Phone number verified").with("verificationCode", verificationCode);
    }

    public static Pushes issued(Certificates.Chain chain) {
        return new Pushes("issued", 6, "Valid").with("certificate", chain.leafPem())
                .with("caCertificate", chain.caCertificate());
    }

    public static Pushes revoked() {
        return new Pushes("revoked", 8, "Revoked");
    }

    public static String newOrderNumber() {
        return String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000_000L));
    }

    public Pushes with(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public Pushes without(String name) {
        parameters.remove(name);
        return this;
    }

    public String orderNumber() {
        return parameters.get("orderNumber");
    }

    /** {@code application/x-www-form-urlencoded}, which is also the GET query string. */
    public String encoded() {
        return Forms.encode(parameters);
    }
}
