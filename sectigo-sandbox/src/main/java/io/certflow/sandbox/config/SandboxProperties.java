package io.certflow.sandbox.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * Start values of the behaviour switches (the control API changes them at run time).
 * {@code callLimit}: Sectigo-shaped calls allowed per account per {@code callLimitWindow}; 0 = no limit.
 * {@code compromisedKeys}: SHA-256 (hex) of SubjectPublicKeyInfo DER of keys answered with -40.
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(boolean requireHttps, boolean autoValidate, Duration validationDelay,
                                int callLimit, Duration callLimitWindow, @Nullable List<String> compromisedKeys) {
}
