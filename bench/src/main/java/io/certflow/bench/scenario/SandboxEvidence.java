package io.certflow.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.certflow.bench.report.Figures;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the sandbox saw of a burst: the Sectigo calls made while it drained (all of them count
 * against the account's limit, whatever order they were for), the {@code -42} answers among them,
 * and Sectigo orders per {@code foreignOrderNumber} (more than one is a duplicate, paid twice).
 */
record SandboxEvidence(List<JsonNode> calls, List<JsonNode> orders, long fromMillis, long toMillis) {

    private static final int CALL_LIMIT_REACHED = -42;

    void addTo(Figures figures, Map<String, String> orderIdsByRequest, int limit) {
        List<JsonNode> window = calls.stream().filter(this::inWindow).toList();
        long refused = window.stream().filter(call -> call.path("errorCode").asInt(0) == CALL_LIMIT_REACHED).count();
        long applied = window.stream().filter(call -> call.path("endpoint").asText("").endsWith("AutoApplyOrder"))
                .filter(call -> call.path("errorCode").asInt(0) == 0).count();
        double seconds = Math.max(1, toMillis - fromMillis) / 1000.0;
        figures.put("calls.total", window.size()).put("calls.perSecond", window.size() / seconds)
                .put("calls.autoApplyOrderAnswered", applied).put("calls.minus42", refused)
                .put("calls.minus42Share", window.isEmpty() ? 0 : (double) refused / window.size())
                .put("calls.shareOfLimit", window.size() / seconds / limit)
                .put("orders.duplicates", duplicates(orderIdsByRequest.values()));
    }

    private boolean inWindow(JsonNode call) {
        long at = Instant.parse(call.path("at").asText()).toEpochMilli();
        return at >= fromMillis && at <= toMillis;
    }

    /** Extra Sectigo orders beyond the first for any of {@code orderIds}. */
    private long duplicates(Collection<String> orderIds) {
        Set<String> ours = new HashSet<>(orderIds);
        Map<String, Long> perOrder = orders.stream().map(order -> order.path("foreignOrderNumber").asText(""))
                .filter(ours::contains).collect(Collectors.groupingBy(fon -> fon, Collectors.counting()));
        return perOrder.values().stream().mapToLong(n -> n - 1).sum();
    }
}
