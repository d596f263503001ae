package io.certflow.sandbox.api;

import io.certflow.sandbox.api.SectigoResponse.Field;
import io.certflow.sandbox.protocol.Forms;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one place that turns a {@link SectigoResponse} into the bytes Sectigo would send. */
@Singleton
public class ResponseRenderer {

    public MutableHttpResponse<?> render(SectigoResponse response, ResponseFormat format, Endpoint endpoint) {
        if (response.binary() != null) {
            return HttpResponse.ok(response.binary().content()).contentType(response.binary().contentType());
        }
        return switch (format) {
            case LINES -> HttpResponse.ok(lines(response)).contentType(MediaType.TEXT_PLAIN_TYPE);
            case URL_ENCODED -> HttpResponse.ok(urlEncoded(response, endpoint))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
            case JSON -> HttpResponse.ok(json(response, endpoint)).contentType(MediaType.APPLICATION_JSON_TYPE);
        };
    }

    String lines(SectigoResponse response) {
        StringBuilder out = new StringBuilder().append(response.code()).append('\n');
        if (response.code() < 0) {
            return out.append(response.error().message()).append('\n').toString();
        }
        response.fields().stream().filter(Field::lineInFormat0)
                .forEach(field -> out.append(field.value()).append('\n'));
        return out.toString();
    }

    public String urlEncoded(SectigoResponse response, Endpoint endpoint) {
        return Forms.encode(named(response, endpoint).stream().map(f -> Map.entry(f.name(), f.value())).toList());
    }

    /** Repeated names (caCertificate) become arrays; errorCode is a number, everything else a string. */
    String json(SectigoResponse response, Endpoint endpoint) {
        java.util.Map<String, List<String>> grouped = new java.util.LinkedHashMap<>();
        named(response, endpoint).forEach(f -> grouped.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f.value()));
        List<String> members = new ArrayList<>();
        grouped.forEach((name, values) -> {
            String value = name.equals("errorCode") ? values.get(0)
                    : values.size() == 1 ? quote(values.get(0))
                    : "[" + String.join(",", values.stream().map(ResponseRenderer::quote).toList()) + "]";
            members.add(quote(name) + ":" + value);
        });
        return "{" + String.join(",", members) + "}";
    }

    private List<Field> named(SectigoResponse response, Endpoint endpoint) {
        List<Field> all = new ArrayList<>();
        boolean success = response.code() >= 0;
        if (!(success && endpoint.omitsErrorCodeOnSuccess())) {
            all.add(new Field("errorCode", String.valueOf(response.code()), true));
        }
        if (response.error() != null) {
            all.add(new Field("errorMessage", response.error().message(), true));
            if (endpoint.returnsErrorItem() && response.error().field() != null) {
                all.add(new Field("errorItem", response.error().field(), true));
            }
        }
        all.addAll(response.fields());
        return all;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
