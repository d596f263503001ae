package io.certflow.webhook.security;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * {@code pushAuthFailures} in {@code /health}: refused push credentials since start. A count that
 * climbs means someone guesses the password or Sectigo's was changed on one side only; no failure
 * of the service itself, so always UP.
 */
@Singleton
class AuthFailuresHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final AuthFailures failures;

    AuthFailuresHealth(AuthFailures failures) {
        this.failures = failures;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        return Map.of("count", failures.count());
    }

    @Override
    protected String getName() {
        return "pushAuthFailures";
    }
}
