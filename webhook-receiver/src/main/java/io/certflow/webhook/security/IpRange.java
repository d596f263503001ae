package io.certflow.webhook.security;

import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** One address ({@code 91.199.212.132}) or CIDR range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). */
public record IpRange(byte[] network, int prefixLength) {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** @throws IllegalArgumentException for anything but an IP literal with an optional prefix */
    public static IpRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        InetAddress address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
        }
        int bits = address.getAddress().length * 8;
        int prefix = slash < 0 ? bits : prefix(trimmed.substring(slash + 1), bits, text);
        return new IpRange(address.getAddress(), prefix);
    }

    /**
     * An IP literal, or {@code null}. Only literals reach {@link InetAddress#getByName}, so no
     * text from a request ever causes a DNS lookup.
     */
    @Nullable
    public static InetAddress literal(String text) {
        String candidate = text.trim();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (!LITERAL.matcher(candidate).matches() || (candidate.indexOf(':') < 0 && candidate.indexOf('.') < 0)) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    private static int prefix(String text, int bits, String original) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix out of range in " + original);
            }
            return prefix;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR prefix in " + original, e);
        }
    }
}
