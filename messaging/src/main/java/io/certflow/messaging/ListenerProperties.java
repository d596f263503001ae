package io.certflow.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How many consumers each listener ({@link CertflowListener}) of the service runs, under
 * {@code certflow.listeners}. The listeners read the same key through {@link ListenerDefaults#THREADS};
 * this record checks it when the application starts.
 *
 * @param threads consumer threads per listener; one per partition of its busiest topic spreads the
 *                load, more stay idle. Across N instances the partitions are shared by N × threads
 *                consumers.
 */
@Context
@ConfigurationProperties("certflow.listeners")
public record ListenerProperties(@Bindable(defaultValue = "1") int threads) {

    public ListenerProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("certflow.listeners.threads must be at least 1");
        }
    }
}
