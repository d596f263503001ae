package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.Params;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parameters an endpoint knows, with their maximum lengths (0: no length rule). Anything else
 * is answered with -2. PlaceOrder also knows the item parameters {@code [_]x_name}.
 */
public final class ParameterSpec {

    private final Map<String, Integer> maxLengths = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Pattern itemPattern;

    private ParameterSpec(String spec, Pattern itemPattern) {
        for (String entry : spec.trim().split("\\s+")) {
            String[] parts = entry.split(":");
            maxLengths.put(parts[0].replace('+', ' '), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        }
        this.itemPattern = itemPattern;
    }

    static ParameterSpec of(String spec) {
        return new ParameterSpec(spec, null);
    }

    static ParameterSpec withItems(String spec, String itemNames) {
        return new ParameterSpec(spec, Pattern.compile("_?[0-9]+_(" + itemNames + ")", Pattern.CASE_INSENSITIVE));
    }

    public boolean knows(String name) {
        return maxLengths.containsKey(name) || (itemPattern != null && itemPattern.matcher(name).matches());
    }

    public Optional<String> firstUnknown(Params params) {
        for (String name : params.names()) {
            if (!knows(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The first parameter longer than its documented maximum. */
    public Optional<String> firstTooLong(Params params) {
        for (String name : params.names()) {
            int max = maxLengths.getOrDefault(name, 0);
            if (max > 0 && params.get(name).orElse("").length() > max) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
