package io.certflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * Asks Testcontainers whether an engine answers, but only if some engine is configured at all: the
 * full probe costs about half a second and logs an ERROR on every machine without Docker.
 */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean engineAnswers() {
        return anyEngineConfigured() && DockerClientFactory.instance().isDockerAvailable();
    }

    /** The places Testcontainers' own strategies look; CERTFLOW_INFRA=docker skips this guess. */
    static boolean anyEngineConfigured() {
        String home = System.getProperty("user.home");
        Stream<Optional<String>> environment = Stream.of("DOCKER_HOST", "TESTCONTAINERS_HOST_OVERRIDE")
                .map(name -> Optional.ofNullable(System.getenv(name)));
        Stream<Path> files = Stream.of(
                Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".testcontainers.properties"),
                Path.of(home, ".colima"),
                Path.of(home, ".rd", "docker.sock"),
                Path.of(Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).orElse("/nonexistent"), "docker.sock"));
        return environment.anyMatch(Optional::isPresent) || files.anyMatch(Files::exists);
    }
}
