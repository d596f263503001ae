package io.certflow.webhook.security;

import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a request really comes from. {@code X-Forwarded-For} is believed only when the direct peer is
 * a trusted proxy, and then only up to the right-most entry that is not itself a trusted proxy: every
 * entry left of it was written by the client and can be forged.
 */
public final class ClientAddresses {

    private final IpRanges trustedProxies;

    public ClientAddresses(IpRanges trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** @return the client's address, or {@code null} when a believed entry is not an IP literal */
    @Nullable
    public InetAddress resolve(InetAddress peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = hops(forwardedFor);
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = IpRange.literal(withoutPort(hops.get(i)));
            if (client == null || !trustedProxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(0, end + 1);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
