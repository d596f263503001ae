package io.certflow.e2e.support;

import java.util.HashMap;
import java.util.Map;

/** order-intake's REST API, as one caller (a bearer token) uses it. */
public final class Intake {

    private final String baseUrl;
    private final String token;

    Intake(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public Http.Reply submit(String orderJson) {
        return Http.postJson(baseUrl + "/orders", orderJson, Http.bearer(token));
    }

    public Http.Reply submit(String orderJson, String idempotencyKey) {
        Map<String, String> headers = new HashMap<>(Http.bearer(token));
        headers.put("Idempotency-Key", idempotencyKey);
        return Http.postJson(baseUrl + "/orders", orderJson, headers);
    }

    /** {@code POST /orders/{id}/replacement}: a new order for the issued one, with a new CSR. */
    public Http.Reply replace(String orderId, String csr) {
        return Http.postJson(baseUrl + "/orders/" + orderId + "/replacement", Http.json(Map.of("csr", csr)),
                Http.bearer(token));
    }

    /** {@code POST /orders/{id}/revocation} with one of the RFC 5280 reasons certflow takes. */
    public Http.Reply revoke(String orderId, String reason) {
        return Http.postJson(baseUrl + "/orders/" + orderId + "/revocation", Http.json(Map.of("reason", reason)),
                Http.bearer(token));
    }

    /** {@code GET /orders/{id}}; fails unless it answers 200. */
    public Map<String, Object> order(String orderId) {
        Http.Reply reply = Http.get(baseUrl + "/orders/" + orderId, Http.bearer(token));
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /orders/" + orderId + " answered " + reply.status());
        }
        return reply.map();
    }

    public String status(String orderId) {
        return (String) order(orderId).get("status");
    }

    /** The order's {@code nextStep}, or an empty map when it has none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> nextStep(String orderId) {
        return (Map<String, Object>) order(orderId).getOrDefault("nextStep", Map.of());
    }
}
