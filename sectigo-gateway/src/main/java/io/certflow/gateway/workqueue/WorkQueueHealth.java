package io.certflow.gateway.workqueue;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The backlog per kind in {@code /health} ({@code workQueue}: rows waiting for placement,
 * revocation and collection), until the service has metrics. A backlog is no failure: always UP.
 */
@Singleton
public class WorkQueueHealth extends AbstractHealthIndicator<Map<String, Long>> {

    private final WorkClaims claims;

    public WorkQueueHealth(WorkClaims claims) {
        this.claims = claims;
    }

    @Override
    protected Map<String, Long> getHealthInformation() {
        Map<String, Long> backlog = claims.backlog();
        healthStatus = HealthStatus.UP;
        return backlog;
    }

    @Override
    protected String getName() {
        return "workQueue";
    }
}
