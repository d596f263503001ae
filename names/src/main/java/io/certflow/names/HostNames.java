package io.certflow.names;

import com.google.common.net.InternetDomainName;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host names a certificate may be ordered for, and an email domain must be: converted to
 * A-labels ({@link IDN#toASCII} with the STD3 rules), lower-cased, two or more LDH labels, not an
 * IP address, and neither a public suffix nor a wildcard directly under one (Sectigo refuses both).
 * The public suffixes are Guava's copy of the public-suffix list, both its ICANN and its private
 * section, so {@code *.github.io} is refused like {@code *.co.uk}.
 */
public final class HostNames {

    private static final int MAX_LENGTH = 253;
    private static final String WILDCARD = "*.";
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String NOT_A_HOST_NAME = "is not a fully-qualified domain name";

    private HostNames() {
    }

    /** {@code name} in A-labels; a leading {@code *.} is kept when {@code wildcardAllowed}. */
    public static NameCheck check(String name, boolean wildcardAllowed) {
        if (name == null) {
            return NameCheck.refused(NOT_A_HOST_NAME);
        }
        boolean wildcard = wildcardAllowed && name.startsWith(WILDCARD);
        String base = wildcard ? name.substring(WILDCARD.length()) : name;
        if (isIpAddress(base)) {
            return NameCheck.refused("is an IP address; a domain name is required");
        }
        String ascii = toAscii(base);
        if (ascii == null || (wildcard ? WILDCARD.length() : 0) + ascii.length() > MAX_LENGTH) {
            return NameCheck.refused(NOT_A_HOST_NAME);
        }
        if (isPublicSuffix(ascii)) {
            return NameCheck.refused(wildcard
                    ? "is a wildcard directly under the public suffix " + ascii + ": no one may order it"
                    : "is a public suffix (" + ascii + "): no one may order it; order a name under it");
        }
        if (ascii.indexOf('.') < 0) {
            return NameCheck.refused(NOT_A_HOST_NAME);
        }
        return NameCheck.accepted(wildcard ? WILDCARD + ascii : ascii);
    }

    /** An IPv4 address, or anything with a colon (IPv6): certflow orders domain names only. */
    public static boolean isIpAddress(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }

    /** The lower-case A-label form, or {@code null} when a label is empty, too long or not LDH. */
    private static String toAscii(String name) {
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return ascii;
    }

    private static boolean isPublicSuffix(String ascii) {
        return InternetDomainName.isValid(ascii) && InternetDomainName.from(ascii).isPublicSuffix();
    }
}
