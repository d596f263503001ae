package io.certflow.devstack;

import java.util.Map;

/** devstack's own settings, read strictly from its environment: a bad value stops the start, named. */
final class DevstackEnvironment {

    private static final int MAX_PORT_OFFSET = 50_000;
    private static final int MAX_PARTITIONS = 64;

    private final Map<String, String> environment;

    DevstackEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Reads every setting once, so that a bad one stops devstack before it does anything. */
    void validate() {
        portOffset();
        partitions();
        instances();
        profile();
    }

    /** {@code DEVSTACK_PORT_OFFSET}: added to every default port, to run a second stack beside the first. */
    int portOffset() {
        return number("DEVSTACK_PORT_OFFSET", 0, 0, MAX_PORT_OFFSET);
    }

    /** {@code DEVSTACK_PARTITIONS}: partitions of each topic devstack creates. */
    int partitions() {
        return number("DEVSTACK_PARTITIONS", StackSettings.DEFAULT_PARTITIONS, 1, MAX_PARTITIONS);
    }

    /** {@code DEVSTACK_INSTANCES}. */
    Map<App, Integer> instances() {
        return Instances.parse(environment.get("DEVSTACK_INSTANCES"));
    }

    /** {@code DEVSTACK_PROFILE}. */
    JvmProfile profile() {
        return JvmProfile.parse(environment.get("DEVSTACK_PROFILE"));
    }

    /** {@code DEVSTACK_STATE_DIR}, or {@code fallback}. */
    String stateDir(String fallback) {
        String value = environment.get("DEVSTACK_STATE_DIR");
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private int number(String name, int fallback, int min, int max) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '"
                + value + "'");
    }
}
