package io.certflow.sandbox.order;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stands in for the CAA lookup Sectigo makes before signing: a name is denied when it is one of
 * the configured domain suffixes or lies below one ({@code *.} of a wildcard name ignored).
 */
final class CaaPolicy {

    static final String NOT_AUTHORIZED = "CAA: Not authorized to issue";

    private CaaPolicy() {
    }

    /** The first of {@code names} a CAA record of {@code deniedSuffixes} would forbid. */
    static Optional<String> deniedName(List<String> names, List<String> deniedSuffixes) {
        if (deniedSuffixes == null || deniedSuffixes.isEmpty()) {
            return Optional.empty();
        }
        return names.stream().filter(name -> denied(name, deniedSuffixes)).findFirst();
    }

    private static boolean denied(String name, List<String> suffixes) {
        String host = name.toLowerCase(Locale.ROOT);
        String base = host.startsWith("*.") ? host.substring(2) : host;
        return suffixes.stream().anyMatch(suffix -> base.equals(suffix) || base.endsWith("." + suffix));
    }
}
