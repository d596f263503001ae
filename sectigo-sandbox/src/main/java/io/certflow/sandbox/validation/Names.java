package io.certflow.sandbox.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names, wildcards and IP addresses as they may appear in TLS certificates. */
public final class Names {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private Names() {
    }

    public static boolean isIp(String value) {
        return value != null && (IPV4.matcher(value).matches() || (value.contains(":") && value.matches("[0-9a-fA-F:.]+")));
    }

    public static boolean isHost(String value) {
        if (value == null || value.length() > 253) {
            return false;
        }
        String[] labels = value.toLowerCase(Locale.ROOT).split("\\.", -1);
        if (labels.length < 2 || !labels[labels.length - 1].matches("[a-z][a-z0-9-]*")) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    public static boolean isWildcard(String value) {
        return value != null && value.startsWith("*.") && value.indexOf('*', 1) < 0 && isHost(value.substring(2));
    }

    /** An address on the public internet: not private, loopback, link-local, CGNAT or unique-local. */
    public static boolean isPublicIp(String value) {
        try {
            InetAddress address = InetAddress.getByName(value);
            byte[] bytes = address.getAddress();
            boolean cgnat = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
            return !(address.isSiteLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || cgnat || uniqueLocal);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The domain a DCV email may belong to: the name without a leading "*." or "www.". */
    public static String baseDomain(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("*.")) {
            return lower.substring(2);
        }
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
