package io.certflow.sandbox.push;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Sectigo tries a push three times; the pause between tries and the timeout are ours to choose. */
@ConfigurationProperties("certflow.sandbox.push")
public record PushProperties(int attempts, Duration retryDelay, Duration timeout, int threads) {
}
