package io.certflow.sandbox.support;

import io.certflow.testkit.http.Forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for the sandbox, sending forms the way curl --data-urlencode does. */
public final class SandboxClient {

    public record Response(int status, String contentType, String body, byte[] bytes, String location) {

        public List<String> lines() {
            return List.of(body.split("\n", -1));
        }

        /** The URL-encoded answer as name → value (first value of each name). */
        public Map<String, String> form() {
            Map<String, String> values = new LinkedHashMap<>();
            Forms.decode(body).forEach((name, all) -> values.put(name, all.get(0)));
            return values;
        }

        public List<String> formNames() {
            return List.of(body.split("&")).stream().map(p -> decode(p.substring(0, p.indexOf('=')))).toList();
        }

        public List<String> all(String name) {
            return Forms.decode(body).getOrDefault(name, List.of());
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxClient(URI baseUrl) {
        this.baseUrl = baseUrl.toString().replaceAll("/$", "");
    }

    public Response post(String path, Map<String, String> form) {
        return post(path, Forms.encode(form), Map.of());
    }

    public Response post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response json(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Throws the transport's IOException (a dropped connection) instead of answering. */
    public Response postRaw(String path, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(form))).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return toResponse(response);
    }

    private Response send(HttpRequest request) {
        try {
            return toResponse(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response toResponse(HttpResponse<byte[]> response) {
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    /** An ordered form: form("a", "1", "b", "2"). */
    public static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    public static Map<String, String> with(Map<String, String> base, String... namesAndValues) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        copy.putAll(form(namesAndValues));
        return copy;
    }

    public static Map<String, String> without(Map<String, String> base, String... names) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        new ArrayList<>(List.of(names)).forEach(copy::remove);
        return copy;
    }
}
