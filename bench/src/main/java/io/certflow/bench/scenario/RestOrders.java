package io.certflow.bench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.certflow.bench.load.Http;
import io.certflow.bench.load.OpenLoop;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Offers prepared orders to {@code POST /orders} at a fixed rate (open loop) and keeps what came back. */
final class RestOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final String ordersUrl;
    private final String token;

    RestOrders(BenchContext context) {
        this.http = context.http();
        this.ordersUrl = context.options().text("intake-url") + "/orders";
        this.token = context.token();
    }

    /** Sends every body at {@code perSecond}; returns once every answer is in. */
    Offer offer(List<String> bodies, double perSecond) {
        Map<String, Double> intended = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> answerMillis = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<?>> pending = new CopyOnWriteArrayList<>();
        OpenLoop.run(perSecond, bodies.size(), tick -> {
            HttpRequest request = Http.json(ordersUrl).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(tick.index()))).build();
            pending.add(http.sendAsync(request).handle((response, error) -> {
                answerMillis.add(tick.millisSinceIntended());
                String orderId = error == null ? orderIdOf(response) : null;
                if (orderId == null) {
                    refused.incrementAndGet();
                } else {
                    intended.put(orderId, tick.intendedMillis());
                }
                return null;
            }));
        });
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Offer(Map.copyOf(intended), answerMillis.stream().mapToDouble(Double::doubleValue).toArray(),
                refused.get());
    }

    private static String orderIdOf(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            return null;
        }
        try {
            return JSON.readTree(response.body()).path("orderId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @param intendedMillis per accepted order id, the intended send time (epoch ms)
     * @param answerMillis   each POST's answer time from its intended send time
     * @param refused        POSTs not answered 202 (or not answered at all)
     */
    record Offer(Map<String, Double> intendedMillis, double[] answerMillis, int refused) {
    }
}
