package io.certflow.webhook.push;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The held pushes in {@code /health} ({@code heldPushes}: how many, and when the oldest arrived),
 * until the service has metrics. A push whose number certflow never placed stays held, so a count
 * that only grows means pushes for orders that are not certflow's. Holding is no failure: always UP.
 */
@Singleton
class HeldPushesHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final HeldPushes held;

    HeldPushesHealth(HeldPushes held) {
        this.held = held;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        HeldPushes.Backlog backlog = held.backlog();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("count", backlog.count());
        backlog.oldest().ifPresent(oldest -> details.put("oldestReceivedAt", oldest.toString()));
        healthStatus = HealthStatus.UP;
        return details;
    }

    @Override
    protected String getName() {
        return "heldPushes";
    }
}
