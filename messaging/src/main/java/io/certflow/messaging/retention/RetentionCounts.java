package io.certflow.messaging.retention;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the retention runs of this process changed: the last run's counts and the totals since start. */
@Singleton
public class RetentionCounts {

    private final Map<String, Long> lastRun = new ConcurrentHashMap<>();
    private final Map<String, Long> sinceStart = new ConcurrentHashMap<>();
    private volatile Instant lastRunAt;

    void record(Instant at, Map<String, Long> changed) {
        lastRun.clear();
        lastRun.putAll(changed);
        changed.forEach((rule, rows) -> sinceStart.merge(rule, rows, Long::sum));
        lastRunAt = at;
    }

    public Optional<Instant> lastRunAt() {
        return Optional.ofNullable(lastRunAt);
    }

    public Map<String, Long> lastRun() {
        return Map.copyOf(lastRun);
    }

    public Map<String, Long> sinceStart() {
        return Map.copyOf(sinceStart);
    }
}
