package io.certflow.sandbox.config;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Behaviour switches as the control API reads and changes them; absent fields keep their value. */
@Serdeable
public record Settings(@Nullable Boolean requireHttps, @Nullable Boolean autoValidate,
                       @Nullable Long validationDelayMs, @Nullable Integer callLimit,
                       @Nullable Long callLimitWindowMs) {

    Settings over(Settings current) {
        return new Settings(or(requireHttps, current.requireHttps), or(autoValidate, current.autoValidate),
                or(validationDelayMs, current.validationDelayMs), or(callLimit, current.callLimit),
                or(callLimitWindowMs, current.callLimitWindowMs));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
