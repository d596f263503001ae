package io.certflow.webhook.security;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address. Memory stays bounded: once {@value #MAX_ADDRESSES} addresses
 * are tracked, the buckets idle long enough to have refilled completely are dropped (forgetting a
 * full bucket changes nothing); when every tracked address is still active, a new address is refused
 * until some go idle, so a flood of addresses cannot take the buckets of the ones already admitted.
 */
public final class PushRateLimiter {

    static final int MAX_ADDRESSES = 10_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ConcurrentMap<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();
    private final double tokensPerNano;
    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;

    public PushRateLimiter(PushRateProperties properties, LongSupplier nanoClock) {
        this.tokensPerNano = properties.perSecond() / NANOS_PER_SECOND;
        this.burst = properties.burst();
        this.refillNanos = (long) Math.ceil(burst / tokensPerNano);
        this.clock = nanoClock;
    }

    /** @return empty when the request may pass, else how long the client should wait */
    public Optional<Duration> acquire(InetAddress client) {
        long now = clock.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= MAX_ADDRESSES && !evictIdle(now)) {
                return Optional.of(Duration.ofNanos(refillNanos));
            }
            bucket = buckets.computeIfAbsent(client, address -> new Bucket(burst, now));
        }
        long waitNanos = bucket.take(now, tokensPerNano, burst);
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitNanos));
    }

    int trackedAddresses() {
        return buckets.size();
    }

    private boolean evictIdle(long now) {
        buckets.values().removeIf(bucket -> bucket.idleSince(now) >= refillNanos);
        return buckets.size() < MAX_ADDRESSES;
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now, double tokensPerNano, int burst) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
