package io.certflow.devstack;

import io.certflow.testkit.kafka.KafkaSettings;
import io.certflow.testkit.postgres.PostgresSettings;
import io.certflow.testkit.support.Ports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where everything of one stack listens and keeps its state.
 *
 * @param appPorts        HTTP port per application
 * @param stateDir        Kafka's and PostgreSQL's data, the sandbox CA
 * @param keepsState      true: {@code stateDir} survives {@code close()} and is reused by the next start
 * @param sectigo         a real Sectigo to use instead of the sandbox; null = start the sandbox
 * @param pushPassword    HTTP Basic password the sandbox uses for pushes to the webhook receiver
 * @param timings         validation delay, collection and expiry-scan pace
 */
public record StackSettings(Map<App, Integer> appPorts, int kafkaPort, int postgresPort, int smtpPort,
                            int mailHttpPort, Path stateDir, boolean keepsState, ExternalSectigo sectigo,
                            String pushUsername, String pushPassword, StackTimings timings) {

    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_MAIL_HTTP_PORT = 8025;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    static final String STATE_DIR = ".devstack";

    public StackSettings {
        appPorts = Map.copyOf(appPorts);
    }

    /**
     * The local stack of {@code java -jar devstack.jar}: the ports of DESIGN.md (PostgreSQL and SMTP
     * move to the next free port when theirs is taken) and state in {@code workDir/.devstack}.
     */
    public static StackSettings local(Path workDir, Map<String, String> environment) {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            ports.put(app, app.defaultPort());
        }
        return new StackSettings(ports, DEFAULT_KAFKA_PORT, Ports.firstFreeFrom(DEFAULT_POSTGRES_PORT),
                Ports.firstFreeFrom(DEFAULT_SMTP_PORT), DEFAULT_MAIL_HTTP_PORT,
                workDir.toAbsolutePath().resolve(STATE_DIR), true, ExternalSectigo.fromEnvironment(environment),
                "sectigo-push", "devstack-push-secret", StackTimings.local());
    }

    /** For tests: free ports everywhere and throw-away state, so it never clashes with a running devstack. */
    public static StackSettings ephemeral() {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            ports.put(app, Ports.free());
        }
        return new StackSettings(ports, Ports.free(), Ports.free(), Ports.free(), Ports.free(), tempDir(), false,
                null, "sectigo-push", UUID.randomUUID().toString(), StackTimings.ephemeral());
    }

    public int port(App app) {
        return appPorts.get(app);
    }

    public boolean usesSandbox() {
        return sectigo == null;
    }

    public boolean postgresMoved() {
        return keepsState && postgresPort != DEFAULT_POSTGRES_PORT;
    }

    KafkaSettings kafkaSettings() {
        return keepsState ? KafkaSettings.persistent(kafkaPort, stateDir.resolve("kafka"))
                : new KafkaSettings(kafkaPort, 0, null);
    }

    PostgresSettings postgresSettings() {
        return keepsState ? PostgresSettings.persistent(postgresPort, stateDir.resolve("postgres"))
                : new PostgresSettings(postgresPort, null);
    }

    /** The password never reaches a log or the console. */
    @Override
    public String toString() {
        return "StackSettings[appPorts=" + appPorts + ", kafkaPort=" + kafkaPort + ", postgresPort=" + postgresPort
                + ", smtpPort=" + smtpPort + ", mailHttpPort=" + mailHttpPort + ", stateDir=" + stateDir
                + ", keepsState=" + keepsState + ", sectigo=" + sectigo + ", timings=" + timings + "]";
    }

    /** Only named here; {@link Stack} creates it when it starts and deletes it when it closes. */
    private static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "certflow-stack-" + UUID.randomUUID());
    }
}
