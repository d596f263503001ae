package io.certflow.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How each application's JVM runs ({@code DEVSTACK_PROFILE}). {@code quick} starts fast and stays small
 * (C1 only, serial GC), right for trying things out and for tests; {@code performance} runs as in
 * production (C2, a parallel collector, room for a backlog), right for measuring.
 */
public enum JvmProfile {
    QUICK(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
    /**
     * Full tiered compilation (C2 compiles the hot paths); ParallelGC because on 2 cores with a dozen
     * JVMs throughput matters more than G1's pause goals and it keeps less memory for itself; a 512 MB
     * ceiling so a backlog of thousands of orders never meets an OutOfMemoryError, started small so
     * that an idle service stays small.
     */
    PERFORMANCE(List.of("-Xms64m", "-Xmx512m", "-XX:+UseParallelGC"));

    private final List<String> jvmOptions;

    JvmProfile(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** {@code quick} or {@code performance}, any case; null or blank means {@code quick}. */
    static JvmProfile parse(String value) {
        if (value == null || value.isBlank()) {
            return QUICK;
        }
        return Arrays.stream(values()).filter(profile -> profile.name().equals(value.trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("DEVSTACK_PROFILE must be quick or "
                        + "performance, not '" + value + "'"));
    }
}
