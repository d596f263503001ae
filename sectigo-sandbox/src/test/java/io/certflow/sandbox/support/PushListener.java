package io.certflow.sandbox.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP endpoint on a free port that records every push it receives. */
public final class PushListener implements AutoCloseable {

    public record Received(String method, Map<String, String> parameters, String authorization) {

        public String get(String name) {
            return parameters.get(name);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    public PushListener() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sectigo/push", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sectigo/push";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (up to 10 s) for the first push of {@code status} for the order. */
    public Received await(String orderNumber, String status) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> find(orderNumber, status) != null);
        return find(orderNumber, status);
    }

    /** The status words pushed for the order, in arrival order. */
    public List<String> statuses(String orderNumber) {
        return received.stream().filter(r -> orderNumber.equals(r.get("orderNumber"))).map(r -> r.get("status"))
                .toList();
    }

    private Received find(String orderNumber, String status) {
        return received.stream().filter(r -> orderNumber.equals(r.get("orderNumber"))
                && status.equals(r.get("status"))).findFirst().orElse(null);
    }

    public void clear() {
        received.clear();
    }

    /** The next {@code count} pushes are answered with HTTP 500. */
    public void failNext(int count) {
        failuresToAnswer.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = parse("POST".equals(exchange.getRequestMethod()) ? body : query);
        received.add(new Received(exchange.getRequestMethod(), parameters,
                exchange.getRequestHeaders().getFirst("Authorization")));
        int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
