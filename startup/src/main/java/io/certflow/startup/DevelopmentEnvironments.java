package io.certflow.startup;

import java.util.Collection;
import java.util.Set;

/**
 * The one notion of "development": the Micronaut environment {@code dev} (devstack and
 * docker-compose set it) or {@code test} (every test context). Anything else is production.
 */
public final class DevelopmentEnvironments {

    public static final String DEV = "dev";
    public static final String TEST = "test";

    private static final Set<String> NAMES = Set.of(DEV, TEST);

    private DevelopmentEnvironments() {
    }

    public static boolean isDevelopment(Collection<String> activeEnvironments) {
        return activeEnvironments.stream().anyMatch(NAMES::contains);
    }
}
