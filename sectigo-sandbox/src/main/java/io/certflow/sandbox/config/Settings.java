package io.certflow.sandbox.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Behaviour switches as the control API reads and changes them; absent fields keep their value.
 * {@code caaDeniedDomains} is shown even when empty, so that users see the switch exists.
 */
@Serdeable
public record Settings(@Nullable Boolean requireHttps, @Nullable Boolean autoValidate,
                       @Nullable Long validationDelayMs, @Nullable Integer callLimit,
                       @Nullable Long callLimitWindowMs, @Nullable Boolean manualCallback,
                       @Nullable Boolean smimePush,
                       @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable List<String> caaDeniedDomains) {

    public Settings {
        caaDeniedDomains = caaDeniedDomains == null ? null : normalized(caaDeniedDomains);
    }

    Settings over(Settings current) {
        return new Settings(or(requireHttps, current.requireHttps), or(autoValidate, current.autoValidate),
                or(validationDelayMs, current.validationDelayMs), or(callLimit, current.callLimit),
                or(callLimitWindowMs, current.callLimitWindowMs), or(manualCallback, current.manualCallback),
                or(smimePush, current.smimePush), or(caaDeniedDomains, current.caaDeniedDomains));
    }

    /** Lower case, without a leading {@code *.} or {@code .}, blanks dropped: what name matching compares. */
    private static List<String> normalized(List<String> suffixes) {
        return suffixes.stream().filter(Objects::nonNull).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .map(s -> s.startsWith("*.") ? s.substring(2) : s).map(s -> s.startsWith(".") ? s.substring(1) : s)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
