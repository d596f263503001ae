package io.certflow.webhook.security;

import java.net.InetAddress;
import java.util.List;

/** A list of {@link IpRange}s, e.g. the allowlist or the trusted proxies. */
public record IpRanges(List<IpRange> ranges) {

    public static IpRanges parse(List<String> entries) {
        return new IpRanges(entries.stream().map(IpRange::parse).toList());
    }

    public boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }
}
