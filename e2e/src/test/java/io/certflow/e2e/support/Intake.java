package io.certflow.e2e.support;

import java.util.Map;

/** order-intake's REST API. */
public final class Intake {

    private final String baseUrl;

    Intake(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Http.Reply submit(String orderJson) {
        return Http.postJson(baseUrl + "/orders", orderJson, Map.of());
    }

    public Http.Reply submit(String orderJson, String idempotencyKey) {
        return Http.postJson(baseUrl + "/orders", orderJson, Map.of("Idempotency-Key", idempotencyKey));
    }

    /** {@code POST /orders/{id}/replacement}: a new order for the issued one, with a new CSR. */
    public Http.Reply replace(String orderId, String csr) {
        return Http.postJson(baseUrl + "/orders/" + orderId + "/replacement", Http.json(Map.of("csr", csr)),
                Map.of());
    }

    /** {@code POST /orders/{id}/revocation} with one of the RFC 5280 reasons certflow takes. */
    public Http.Reply revoke(String orderId, String reason) {
        return Http.postJson(baseUrl + "/orders/" + orderId + "/revocation", Http.json(Map.of("reason", reason)),
                Map.of());
    }

    /** {@code GET /orders/{id}}; fails unless it answers 200. */
    public Map<String, Object> order(String orderId) {
        Http.Reply reply = Http.get(baseUrl + "/orders/" + orderId);
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
