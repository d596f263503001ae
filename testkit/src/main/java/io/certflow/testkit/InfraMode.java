package io.certflow.testkit;

import java.util.Arrays;
import java.util.Locale;

/** Where the infrastructure runs: {@code certflow.infra} (system property) wins over {@code CERTFLOW_INFRA}. */
enum InfraMode {
    EMBEDDED, DOCKER, AUTO;

    static final String PROPERTY = "certflow.infra";
    static final String ENVIRONMENT = "CERTFLOW_INFRA";

    static InfraMode configured() {
        String value = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return value == null || value.isBlank() ? AUTO : parse(value);
    }

    static InfraMode parse(String value) {
        return Arrays.stream(values())
                .filter(mode -> mode.name().equals(value.trim().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        PROPERTY + "/" + ENVIRONMENT + " must be embedded, docker or auto, not: " + value));
    }

    /** Only AUTO asks Docker. */
    boolean useDocker() {
        return switch (this) {
            case EMBEDDED -> false;
            case DOCKER -> true;
            case AUTO -> DockerProbe.engineAnswers();
        };
    }
}
