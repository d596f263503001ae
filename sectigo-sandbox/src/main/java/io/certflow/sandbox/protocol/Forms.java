package io.certflow.sandbox.protocol;

import io.micronaut.http.uri.UriBuilder;

import java.util.Map;

/**
 * The sandbox's one {@code application/x-www-form-urlencoded} encoder, for what it sends itself:
 * URL-encoded answers and pushes. Micronaut's query encoding is the form encoding (space as {@code +},
 * UTF-8 escapes); a name may repeat ({@code caCertificate}). Requests are read by {@link Params}.
 */
public final class Forms {

    private Forms() {
    }

    public static String encode(Iterable<Map.Entry<String, String>> fields) {
        UriBuilder form = UriBuilder.of("");
        fields.forEach(field -> form.queryParam(field.getKey(), field.getValue()));
        String encoded = form.build().getRawQuery();
        return encoded == null ? "" : encoded;
    }
}
