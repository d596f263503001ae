package io.certflow.sandbox.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * Start values of the behaviour switches (the control API changes them at run time).
 * {@code callLimit}: Sectigo-shaped calls allowed per account per {@code callLimitWindow}; 0 = no limit.
 * {@code compromisedKeys}: SHA-256 (hex) of SubjectPublicKeyInfo DER of keys answered with -40.
 * {@code manualCallback}: OV/EV orders wait for the customer's callback / click-through after DCV.
 * {@code smimePush}: S/MIME orders push like SSL orders; false = no pushes for them at all.
 * {@code caaDeniedDomains}: domain suffixes whose SSL orders fail pre-sign with a CAA reason.
 */
@ConfigurationProperties("certflow.sandbox")
public record SandboxProperties(boolean requireHttps, boolean autoValidate, Duration validationDelay,
                                int callLimit, Duration callLimitWindow, @Nullable List<String> compromisedKeys,
                                boolean manualCallback, @Nullable Boolean smimePush,
                                @Nullable List<String> caaDeniedDomains) {
}
