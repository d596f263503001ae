package io.certflow.certstore.verification;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate's names cover the ordered ones (RFC 6125 matching): exact, case-insensitive,
 * or a left-most wildcard label standing for exactly one label, so {@code *.example.com} covers
 * {@code www.example.com} but neither {@code example.com} nor {@code a.b.example.com}. An ordered
 * wildcard is covered only by the same wildcard. Mailbox addresses (S/MIME) match whole, ignoring
 * case, never by wildcard.
 */
public final class NameCoverage {

    private NameCoverage() {
    }

    /** The ordered names no certificate name covers, in the order given. */
    public static List<String> uncovered(Collection<String> ordered, Collection<String> certificateNames) {
        List<String> names = certificateNames.stream().map(NameCoverage::normalize).toList();
        return ordered.stream().filter(wanted -> names.stream().noneMatch(have -> covers(have, normalize(wanted))))
                .toList();
    }

    /** The ordered mailbox addresses that are not among the certificate's addresses, in the order given. */
    public static List<String> uncoveredMailboxes(Collection<String> ordered, Collection<String> certificateAddresses) {
        List<String> addresses = certificateAddresses.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
        return ordered.stream().filter(wanted -> !addresses.contains(wanted.trim().toLowerCase(Locale.ROOT))).toList();
    }

    static boolean covers(String certificateName, String orderedName) {
        if (certificateName.equals(orderedName)) {
            return true;
        }
        if (!certificateName.startsWith("*.") || orderedName.startsWith("*.")) {
            return false;
        }
        String parent = certificateName.substring(1);
        if (!orderedName.endsWith(parent)) {
            return false;
        }
        String label = orderedName.substring(0, orderedName.length() - parent.length());
        return !label.isEmpty() && label.indexOf('.') < 0;
    }

    private static String normalize(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
