package io.certflow.intake.validation;

import io.certflow.names.HostNames;
import io.certflow.names.NameCheck;

/**
 * How intake compares the names of an order, always in their A-label form (the shared rule of
 * {@link HostNames}), so a CSR's Common Name in U-labels matches the same name ordered in A-labels.
 */
final class Names {

    private Names() {
    }

    /** The A-label form of a valid name; an invalid one unchanged, for its own rule to report. */
    static String ascii(String name) {
        NameCheck check = HostNames.check(name, true);
        return check.isValid() ? check.value() : name;
    }

    static String withoutWildcard(String name) {
        return name.startsWith("*.") ? name.substring(2) : name;
    }

    static boolean isWildcard(String name) {
        return name.startsWith("*.");
    }

    /** Whether {@code pattern} and {@code name} are the same name, compared in A-labels. */
    static boolean same(String pattern, String name) {
        return pattern != null && name != null && ascii(pattern).equalsIgnoreCase(ascii(name));
    }

    /** Whether a certificate naming {@code pattern} covers {@code name}: equal, or one label under a wildcard. */
    static boolean covers(String pattern, String name) {
        String p = ascii(pattern);
        String n = ascii(name);
        if (p.equalsIgnoreCase(n)) {
            return true;
        }
        if (!isWildcard(p) || isWildcard(n)) {
            return false;
        }
        int dot = n.indexOf('.');
        return dot > 0 && n.substring(dot + 1).equalsIgnoreCase(p.substring(2));
    }
}
