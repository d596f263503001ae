package io.certflow.bench.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certflow.bench.load.OrderBodies;
import io.certflow.bench.load.TopicWatch;

import java.util.HashMap;
import java.util.Map;

/** Which order id order-intake gave each submission of a run, read from {@code order.requested}. */
final class RequestedOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestedOrders() {
    }

    static Map<String, String> byRequestId(Map<String, TopicWatch.Seen> requested, String tag) {
        String prefix = OrderBodies.requestIdPrefix(tag);
        Map<String, String> orderIds = new HashMap<>();
        requested.forEach((orderId, seen) -> {
            String requestId = requestIdOf(seen.value());
            if (requestId != null && requestId.startsWith(prefix)) {
                orderIds.put(requestId, orderId);
            }
        });
        return orderIds;
    }

    private static String requestIdOf(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node.path("requestId").asText(null);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
