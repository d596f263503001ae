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
}
