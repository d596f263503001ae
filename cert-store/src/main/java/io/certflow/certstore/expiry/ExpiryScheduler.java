package io.certflow.certstore.expiry;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the expiry scan soon after start and then after every interval. Created with the context so
 * that a bad setting stops the start. A failed pass is logged and the next one runs as planned: an
 * exception escaping a fixed-delay task would cancel every later pass.
 */
@Context
@Requires(property = "certflow.cert-store.expiry.enabled", notEquals = "false")
class ExpiryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final TaskScheduler scheduler;
    private final ExpiryScan scan;
    private final ExpiryProperties properties;

    ExpiryScheduler(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ExpiryScan scan,
                    ExpiryProperties properties) {
        this.scheduler = scheduler;
        this.scan = scan;
        this.properties = properties;
    }

    @EventListener
    void start(StartupEvent event) {
        LOG.info("Expiry scan every {} (first in {}), thresholds {} days", properties.scanInterval(),
                properties.initialDelay(), properties.thresholds());
        scheduler.scheduleWithFixedDelay(properties.initialDelay(), properties.scanInterval(), this::scanSafely);
    }

    private void scanSafely() {
        try {
            scan.scanOnce();
        } catch (RuntimeException e) {
            LOG.error("Expiry scan failed; the next one runs in {}", properties.scanInterval(), e);
        }
    }
}
