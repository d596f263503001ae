package io.certflow.intake.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Syntax of the names a TLS certificate and an email may carry, as Sectigo accepts them. */
final class Names {

    private static final Pattern LABEL = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+");

    private Names() {
    }

    /** A fully-qualified domain name: two or more labels; a leading {@code *.} when {@code wildcard}. */
    static boolean isHostName(String name, boolean allowWildcard) {
        if (name == null || name.length() > 253 || isIpAddress(name)) {
            return false;
        }
        String host = allowWildcard && name.startsWith("*.") ? name.substring(2) : name;
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpAddress(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }

    static boolean isEmail(String address) {
        if (address == null || address.length() > 255 || !EMAIL.matcher(address).matches()) {
            return false;
        }
        return isHostName(address.substring(address.indexOf('@') + 1), false);
    }

    static String withoutWildcard(String name) {
        return name.startsWith("*.") ? name.substring(2) : name;
    }

    static boolean isWildcard(String name) {
        return name.startsWith("*.");
    }

    /** Whether a certificate naming {@code pattern} covers {@code name}: equal, or one label under a wildcard. */
    static boolean covers(String pattern, String name) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        if (p.equals(n)) {
            return true;
        }
        if (!isWildcard(p) || isWildcard(n)) {
            return false;
        }
        int dot = n.indexOf('.');
        return dot > 0 && n.substring(dot + 1).equals(p.substring(2));
    }
}
