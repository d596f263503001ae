package io.certflow.messaging.retention;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retention runs in {@code /health} ({@code retention}: when the last run was, and per rule the
 * rows it changed then and since start), as the services show their other counts until they have
 * metrics. Retention is housekeeping, so its state never makes the service unhealthy: always UP.
 */
@Singleton
@Requires(classes = AbstractHealthIndicator.class)
class RetentionHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final RetentionCounts counts;

    RetentionHealth(RetentionCounts counts) {
        this.counts = counts;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        counts.lastRunAt().ifPresent(at -> details.put("lastRunAt", at.toString()));
        details.put("lastRun", counts.lastRun());
        details.put("sinceStart", counts.sinceStart());
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "retention";
    }
}
