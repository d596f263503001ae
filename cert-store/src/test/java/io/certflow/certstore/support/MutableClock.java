package io.certflow.certstore.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in a test: the real time until a test pins it, e.g. to days before a certificate expires. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    public void pin(Instant instant) {
        pinned.set(instant);
    }

    public void pinBefore(Instant instant, Duration before) {
        pin(instant.minus(before));
    }

    public void release() {
        pinned.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = pinned.get();
        return instant == null ? Instant.now() : instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service uses UTC");
    }
}
