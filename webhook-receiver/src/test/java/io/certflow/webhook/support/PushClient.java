package io.certflow.webhook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Pushes over real HTTP the way Sectigo does, to 127.0.0.1 (so the server sees that peer address),
 * with optional Basic credentials and {@code X-Forwarded-For}.
 */
public final class PushClient {

    public static final String USERNAME = "sectigo";
    public static final String PASSWORD = "push-secret-for-tests";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final HttpClient http;
    private String authorization = basic(USERNAME, PASSWORD);
    private String forwardedFor;

    private PushClient(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    public static PushClient to(int port) {
        return to(port, HTTP);
    }

    /** With a client of the caller's, e.g. a new one for a connection of its own. */
    public static PushClient to(int port, HttpClient http) {
        return new PushClient("http://127.0.0.1:" + port, http);
    }

    public PushClient credentials(String username, String password) {
        authorization = basic(username, password);
        return this;
    }

    public PushClient anonymous() {
        authorization = null;
        return this;
    }

    public PushClient forwardedFor(String value) {
        forwardedFor = value;
        return this;
    }

    public HttpResponse<String> get(String path, String query) {
        return send(builder(path + "?" + query).GET());
    }

    public HttpResponse<String> post(String path, String form) {
        return post(path, "application/x-www-form-urlencoded", form);
    }

    /** A POST with a body of any type, e.g. JSON, which the push endpoint does not take. */
    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder builder(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
