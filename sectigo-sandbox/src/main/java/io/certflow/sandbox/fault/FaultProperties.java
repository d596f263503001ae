package io.certflow.sandbox.fault;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Faults switched on from the start (and again after each reset); the control API changes them. */
@ConfigurationProperties("certflow.sandbox.faults")
public record FaultProperties(long latencyMs, double http5xxRate, int http5xxStatus, double pushDropRate,
                              double pushDuplicateRate, double pushReorderRate, long pushReorderDelayMs) {

    FaultSettings toSettings() {
        return new FaultSettings(latencyMs, http5xxRate, http5xxStatus, 0, 0, 0, pushDropRate, pushDuplicateRate,
                pushReorderRate, pushReorderDelayMs, 0);
    }
}
