package io.certflow.intake.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** JSON requests to intake over real HTTP, and the answers as plain maps: what a client sees. */
public final class JsonPosts {

    private final HttpClient http;

    public JsonPosts(HttpClient http) {
        this.http = http;
    }

    @SuppressWarnings("rawtypes")
    public HttpResponse<Map> post(String path, String body, String idempotencyKey) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType("application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.toBlocking().exchange(request, Map.class);
    }

    /** The error answer of a request that must be refused. */
    public HttpClientResponseException refusal(String path, String body, String idempotencyKey) {
        return assertThrows(HttpClientResponseException.class, () -> post(path, body, idempotencyKey));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(HttpClientResponseException refusal) {
        return refusal.getResponse().getBody(Map.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String path) {
        return http.toBlocking().retrieve(path, Map.class);
    }
}
