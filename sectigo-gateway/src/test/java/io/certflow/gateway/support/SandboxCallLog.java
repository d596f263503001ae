package io.certflow.gateway.support;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The sandbox's record of the calls it received, with when each arrived and what it answered. */
public final class SandboxCallLog {

    /** One call as the sandbox saw it; {@code errorCode} is null for an answer without one. */
    public record Call(long id, Instant at, String endpoint, Map<String, Object> parameters, Integer errorCode) {

        public boolean answeredCallLimit() {
            return errorCode != null && errorCode == -42;
        }

        public String parameter(String name) {
            Object value = parameters.get(name);
            return value == null ? null : value.toString();
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SandboxCallLog() {
    }

    /** The calls that {@code which} selects, in the order they arrived. */
    @SuppressWarnings("unchecked")
    public static List<Call> calls(ObjectMapper json, Predicate<Call> which) {
        try {
            List<Map<String, Object>> all = json.readValue(Sandbox.calls(),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return all.stream().map(call -> new Call(((Number) call.get("id")).longValue(), instant(call.get("at")),
                            (String) call.get("endpoint"), (Map<String, Object>) call.get("parameters"),
                            call.get("errorCode") == null ? null : ((Number) call.get("errorCode")).intValue()))
                    .filter(which).sorted(Comparator.comparing(Call::at).thenComparing(Call::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The most calls in one of Sectigo's windows as the sandbox counts them: a window of {@code windowMillis}
     * opened by the first call after the previous window ended. The sandbox stamps a call when it has
     * answered it, a little after it counted it, so this reads the count with that noise.
     */
    public static int busiestWindow(List<Call> calls, long windowMillis) {
        int busiest = 0;
        int inWindow = 0;
        long opened = Long.MIN_VALUE;
        for (Call call : calls) {
            long at = call.at().toEpochMilli();
            if (inWindow == 0 || at - opened >= windowMillis) {
                opened = at;
                inWindow = 0;
            }
            busiest = Math.max(busiest, ++inWindow);
        }
        return busiest;
    }

    /** Sectigo's limit for the sandbox's account: {@code calls} per {@code windowMillis}; 0 lifts it. */
    public static void limit(int calls, long windowMillis) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Sandbox.baseUrl() + "/sandbox/settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"callLimit\":" + calls + ",\"callLimitWindowMs\":" + windowMillis + "}")).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                throw new IllegalStateException("PUT /sandbox/settings answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object at) {
        if (at instanceof Number seconds) {
            BigDecimal exact = new BigDecimal(seconds.toString());
            return Instant.ofEpochSecond(exact.longValue(),
                    exact.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(at.toString());
    }
}
