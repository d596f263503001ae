package io.certflow.webhook.push;

import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.QueryStringDecoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one push, decoded from a query string (GET) or an
 * {@code application/x-www-form-urlencoded} body (POST). Names are case-insensitive (Sectigo's own
 * table spells {@code Status}); an empty value counts as absent; the first occurrence of a name wins,
 * except {@code caCertificate}, whose repetitions are joined (one CA certificate per field, as
 * CollectSSL sends them). Decoding never fails: problems are kept for the validator to report, naming
 * the parameter, which is why each pair is decoded on its own (with Micronaut's form decoding) rather
 * than the whole form at once.
 */
public record PushParameters(Map<String, String> values, List<FieldError> problems) {

    static final int MAX_PARAMETERS = 32;
    private static final String CA_CERTIFICATE = "cacertificate";

    public PushParameters {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public static PushParameters decode(@Nullable String encoded) {
        Map<String, String> values = new HashMap<>();
        List<FieldError> problems = new ArrayList<>();
        String[] pairs = encoded == null || encoded.isEmpty() ? new String[0] : encoded.split("&");
        if (pairs.length > MAX_PARAMETERS) {
            return new PushParameters(Map.of(), List.of(new FieldError("request",
                    "has more than " + MAX_PARAMETERS + " parameters")));
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            try {
                String name = QueryStringDecoder.decodeComponent(rawName).toLowerCase(Locale.ROOT);
                String value = equals < 0 ? "" : QueryStringDecoder.decodeComponent(pair.substring(equals + 1));
                if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                    // PostgreSQL's text cannot hold NUL: stored, it would fail the push on every retry.
                    problems.add(new FieldError(rawName, "contains a NUL character"));
                } else {
                    add(values, name, value);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                // IllegalState: Micronaut's decoder for bytes that are no UTF-8 (e.g. a lone "%C3").
                problems.add(new FieldError(rawName, "is not correctly URL-encoded"));
            }
        }
        return new PushParameters(values, problems);
    }

    @Nullable
    public String get(String name) {
        return values.get(name.toLowerCase(Locale.ROOT));
    }

    private static void add(Map<String, String> values, String name, String value) {
        if (name.isEmpty() || value.isEmpty()) {
            return;
        }
        if (CA_CERTIFICATE.equals(name)) {
            values.merge(name, value, (first, next) -> first + "\n" + next);
        } else {
            values.putIfAbsent(name, value);
        }
    }
}
