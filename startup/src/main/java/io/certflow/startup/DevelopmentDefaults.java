package io.certflow.startup;

import java.util.Set;

/**
 * Every secret value certflow's own development tools use or used (application defaults, devstack,
 * docker-compose, testkit's PostgreSQL, the sandbox's account). They are public in this repository,
 * so a service outside development refuses to start with any of them; a new development default
 * goes here too.
 */
public final class DevelopmentDefaults {

    private static final Set<String> VALUES = Set.of(
            "certflow",
            "postgres",
            "sandbox-secret",
            "sandbox-password",
            "push-password",
            "devstack-push-secret",
            "dev-download-link-secret",
            // The JDK's own trust store password, and the test key and trust stores' (testkit).
            "changeit");

    private DevelopmentDefaults() {
    }

    public static boolean contains(String value) {
        return value != null && VALUES.contains(value.trim());
    }
}
