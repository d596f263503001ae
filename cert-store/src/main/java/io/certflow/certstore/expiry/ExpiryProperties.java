package io.certflow.certstore.expiry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The expiry scan.
 *
 * @param thresholds   days before notAfter at which a reminder goes out, once each
 *                     ({@code EXPIRY_THRESHOLDS_DAYS}, default 30,14,7,1); kept largest first
 * @param scanInterval pause between two scans ({@code EXPIRY_SCAN_INTERVAL}, default PT1H)
 * @param initialDelay from start to the first scan ({@code EXPIRY_INITIAL_DELAY}, default PT10S)
 * @param enabled      whether this instance scans at all ({@code EXPIRY_SCAN_ENABLED}, default true)
 */
@ConfigurationProperties("certflow.cert-store.expiry")
public record ExpiryProperties(@Nullable List<Integer> thresholds, @Nullable Duration scanInterval,
                               @Nullable Duration initialDelay, @Nullable Boolean enabled) {

    private static final int MAX_DAYS = 3650;

    public ExpiryProperties {
        thresholds = thresholds == null ? List.of(30, 14, 7, 1) : checked(thresholds);
        scanInterval = scanInterval == null ? Duration.ofHours(1) : scanInterval;
        initialDelay = initialDelay == null ? Duration.ofSeconds(10) : initialDelay;
        enabled = enabled == null || enabled;
        if (scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("EXPIRY_SCAN_INTERVAL (certflow.cert-store.expiry.scan-interval) "
                    + "must be positive, e.g. PT1H; got " + scanInterval);
        }
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("EXPIRY_INITIAL_DELAY (certflow.cert-store.expiry.initial-delay) "
                    + "must not be negative; got " + initialDelay);
        }
    }

    public int largestThreshold() {
        return thresholds.get(0);
    }

    private static List<Integer> checked(List<Integer> days) {
        if (days.isEmpty() || days.stream().anyMatch(d -> d == null || d < 1 || d > MAX_DAYS)) {
            throw new IllegalArgumentException("EXPIRY_THRESHOLDS_DAYS (certflow.cert-store.expiry.thresholds) "
                    + "must list whole days between 1 and " + MAX_DAYS + ", comma-separated, e.g. 30,14,7,1; got "
                    + days);
        }
        return days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }
}
