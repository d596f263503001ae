package io.certflow.sandbox.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Request parameters as Sectigo reads them: names are case-insensitive, the first occurrence wins,
 * the spelling the caller used is kept for error messages.
 */
public final class Params {

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> spelling = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public static Params parse(String... encodedParts) {
        Params params = new Params();
        for (String part : encodedParts) {
            params.addEncoded(part);
        }
        return params;
    }

    private void addEncoded(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            spelling.putIfAbsent(name, name);
            values.putIfAbsent(name, value);
        }
    }

    /** A malformed escape is kept as sent, so that the value fails its own rule instead of the call. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A value that is present and not blank; Sectigo treats an empty value as a missing one. */
    public Optional<String> text(String name) {
        return get(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean has(String name) {
        return text(name).isPresent();
    }

    public boolean flag(String name) {
        return text(name).map(v -> v.equalsIgnoreCase("Y")).orElse(false);
    }

    public Iterable<String> names() {
        return spelling.values();
    }

    /** The parameters in the caller's spelling, with secrets replaced, for the call log. */
    public Map<String, String> redacted() {
        Map<String, String> copy = new LinkedHashMap<>();
        spelling.forEach((key, name) -> copy.put(name, isSecret(key) ? "****" : values.get(key)));
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isSecret(String name) {
        return name.toLowerCase().contains("password");
    }
}
