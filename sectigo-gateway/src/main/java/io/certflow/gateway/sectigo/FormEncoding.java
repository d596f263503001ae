package io.certflow.gateway.sectigo;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** application/x-www-form-urlencoded, both ways; in {@link #decode} the first occurrence of a name wins. */
public final class FormEncoding {

    private FormEncoding() {
    }

    public static Map<String, String> decode(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        decodeAll(body).forEach((name, values) -> fields.put(name, values.get(0)));
        return fields;
    }

    /** Every value of every name, in order: CollectSSL repeats {@code caCertificate} once per CA certificate. */
    public static Map<String, List<String>> decodeAll(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), n -> new ArrayList<>())
                    .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
