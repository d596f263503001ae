package io.certflow.messaging.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies every {@link RetentionRule} of the service, periodically. Any number of instances may run
 * it: a batch skips the rows another instance holds. A failing rule is logged and retried at the
 * next run; the others still run.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final RetentionProperties properties;
    private final RetentionBatches batches;
    private final RetentionCounts counts;
    private final Clock clock;

    public RetentionJob(List<RetentionRule> rules, RetentionProperties properties, RetentionBatches batches,
                        RetentionCounts counts, Clock clock) {
        this.rules = List.copyOf(rules);
        this.properties = properties;
        this.batches = batches;
        this.counts = counts;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${certflow.retention.interval:1h}",
            initialDelay = "${certflow.retention.initial-delay:1m}")
    public void scheduled() {
        runOnce();
    }

    /** One run of every rule; answers the rows each rule changed (a failed rule is left out). */
    public synchronized Map<String, Long> runOnce() {
        Instant now = clock.instant();
        Map<String, Long> changed = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                long rows = batches.apply(rule, now.minus(properties.of(rule.age())), properties.batchSize());
                changed.put(rule.name(), rows);
                LOG.info("Retention rule {} changed {} rows", rule.name(), rows);
            } catch (RuntimeException e) {
                LOG.warn("Retention rule {} failed ({}); the next run retries it", rule.name(),
                        e.getClass().getName());
            }
        }
        counts.record(now, changed);
        return changed;
    }
}
