package io.certflow.gateway.sectigo;

import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A token bucket shared by every Sectigo call of this process, so that a backlog is drained at the
 * configured rate instead of running into Sectigo's own call limit (-42). Burst: one second's worth.
 */
@Singleton
public class RateLimiter {

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long refilledAt = System.nanoTime();

    public RateLimiter(SectigoProperties settings) {
        if (settings.callsPerSecond() <= 0) {
            throw new IllegalArgumentException("sectigo.calls-per-second must be positive");
        }
        this.perSecond = settings.callsPerSecond();
        this.capacity = Math.max(1, perSecond);
        this.tokens = capacity;
    }

    /** Blocks the calling worker until a call may be made. */
    public void acquire() {
        long waitNanos;
        while ((waitNanos = tryTake()) > 0) {
            LockSupport.parkNanos(waitNanos);
        }
    }

    private synchronized long tryTake() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) ((1 - tokens) / perSecond * TimeUnit.SECONDS.toNanos(1)));
    }
}
