package io.certflow.intake.support;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenGrant;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * JSON requests to intake over real HTTP, and the answers as plain maps: what a client sees. Every
 * request carries a bearer token from the JVM's token issuer, acme's client's unless told otherwise.
 */
public final class JsonPosts {

    private final HttpClient http;
    private final String token;

    /** As acme's client, the caller most tests act as. */
    public JsonPosts(HttpClient http) {
        this(http, token(Personas.ACME_CLIENT));
    }

    private JsonPosts(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    /** The same requests as {@code persona}. */
    public JsonPosts as(TokenGrant persona) {
        return new JsonPosts(http, token(persona));
    }

    /** The same requests with {@code bearer} as the token (expired, forged, …), or none when null. */
    public JsonPosts withToken(String bearer) {
        return new JsonPosts(http, bearer);
    }

    /** A token of the JVM's issuer, the one intake trusts in tests. */
    public static String token(TokenGrant persona) {
        return Infrastructure.tokenIssuer().mint(persona);
    }

    /** The {@code Authorization} header of {@code persona}, for tests that use another HTTP client. */
    public static String authorization(TokenGrant persona) {
        return "Bearer " + token(persona);
    }

    @SuppressWarnings("rawtypes")
    public HttpResponse<Map> post(String path, String body, String idempotencyKey) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType("application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.toBlocking().exchange(authorized(request), Map.class);
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
        return http.toBlocking().retrieve(authorized(HttpRequest.GET(path)), Map.class);
    }

    /** The error answer of a {@code GET} that must be refused. */
    public HttpClientResponseException getRefusal(String path) {
        return assertThrows(HttpClientResponseException.class, () -> get(path));
    }

    private <T> MutableHttpRequest<T> authorized(MutableHttpRequest<T> request) {
        return token == null ? request : request.bearerAuth(token);
    }
}
