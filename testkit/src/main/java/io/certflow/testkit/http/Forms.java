package io.certflow.testkit.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTML form bodies ({@code application/x-www-form-urlencoded}, UTF-8), which Sectigo's API takes and
 * answers with and its pushes carry. JDK only, so the sandbox's tests (testkit without its
 * dependencies) can use it too.
 */
public final class Forms {

    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private Forms() {
    }

    /** Names and values encoded in the map's order, e.g. {@code a=1&csr=-----BEGIN+…}. */
    public static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** One name or value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Each name in the order it first came, with all its values; a name without {@code =} has "". */
    public static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.computeIfAbsent(decodeText(parts[0]), name -> new ArrayList<>())
                    .add(parts.length > 1 ? decodeText(parts[1]) : "");
        }
        return form;
    }

    /** POSTs the form; the caller judges the status. */
    public static HttpResponse<String> post(HttpClient http, URI uri, Map<String, String> form)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String decodeText(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
