package io.certflow.gateway.workqueue;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the ledgers are worked off, whatever the kind.
 *
 * @param enabled      run a dispatcher in this process (tests switch it off to drive one by hand)
 * @param maxInFlight  Sectigo attempts this process runs at once, all kinds together
 * @param pollInterval fallback look for due rows when no commit notified (e.g. while the LISTEN
 *                     connection was down); new rows wake the dispatcher at once, later ones by timer
 */
@ConfigurationProperties("certflow.gateway.work-queue")
public record WorkQueueProperties(@Bindable(defaultValue = "true") boolean enabled,
                                  @Bindable(defaultValue = "32") int maxInFlight,
                                  @Bindable(defaultValue = "1s") Duration pollInterval) {

    public WorkQueueProperties {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("certflow.gateway.work-queue.max-in-flight must be at least 1");
        }
    }
}
