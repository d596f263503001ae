package io.certflow.devstack;

import io.certflow.testkit.kafka.KafkaSettings;
import io.certflow.testkit.postgres.PostgresSettings;
import io.certflow.testkit.support.Ports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where everything of one stack listens and keeps its state, and how its JVMs run.
 *
 * @param appPorts       HTTP port of each instance per application (the sandbox has one)
 * @param issuerPort     the local token issuer's port (JWKS and discovery document)
 * @param stateDir       Kafka's and PostgreSQL's data, the sandbox CA, the record of started processes
 * @param keepsState     true: {@code stateDir} survives {@code close()} and is reused by the next start
 * @param sectigo        a real Sectigo to use instead of the sandbox; null = start the sandbox
 * @param pushPassword   HTTP Basic password the sandbox uses for pushes to the webhook receiver
 * @param timings        validation delay, collection and expiry-scan pace
 * @param partitions     partitions of each topic devstack creates
 * @param profile        the applications' JVM options
 * @param appEnvironment variables added to (or overriding) an application's environment, for tests
 */
public record StackSettings(Map<App, List<Integer>> appPorts, int kafkaPort, int postgresPort, int smtpPort,
                            int mailHttpPort, int issuerPort, Path stateDir, boolean keepsState, ExternalSectigo sectigo,
                            String pushUsername, String pushPassword, StackTimings timings, int partitions,
                            JvmProfile profile, Map<App, Map<String, String>> appEnvironment) {

    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_MAIL_HTTP_PORT = 8025;
    public static final int DEFAULT_ISSUER_PORT = 8089;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_PARTITIONS = 3;
    /** Instance i of a service listens on its port + i × this (8081, 8181, 8281 …). */
    public static final int INSTANCE_PORT_STEP = 100;
    static final String STATE_DIR = ".devstack";

    public StackSettings {
        Map<App, List<Integer>> ports = new EnumMap<>(App.class);
        appPorts.forEach((app, list) -> ports.put(app, List.copyOf(list)));
        appPorts = Map.copyOf(ports);
        Map<App, Map<String, String>> environments = new EnumMap<>(App.class);
        appEnvironment.forEach((app, env) -> environments.put(app, Map.copyOf(env)));
        appEnvironment = Map.copyOf(environments);
    }

    /**
     * The local stack of {@code java -jar devstack.jar}: the default ports of docs/architecture.md
     * ("Ports") shifted by {@code DEVSTACK_PORT_OFFSET} (PostgreSQL and SMTP move to the next free port
     * when theirs is taken),
     * state in {@code workDir/.devstack} or {@code DEVSTACK_STATE_DIR}, and the instances, partitions and
     * JVM profile the environment asks for ({@link DevstackEnvironment}).
     */
    public static StackSettings local(Path workDir, Map<String, String> environment) {
        DevstackEnvironment env = new DevstackEnvironment(environment);
        int offset = env.portOffset();
        Map<App, List<Integer>> ports = new EnumMap<>(App.class);
        Map<App, Integer> instances = env.instances();
        for (App app : App.values()) {
            List<Integer> appPorts = new ArrayList<>();
            for (int i = 0; i < instances.getOrDefault(app, 1); i++) {
                appPorts.add(app.defaultPort() + offset + i * INSTANCE_PORT_STEP);
            }
            ports.put(app, appPorts);
        }
        return new StackSettings(ports, DEFAULT_KAFKA_PORT + offset,
                Ports.firstFreeFrom(DEFAULT_POSTGRES_PORT + offset), Ports.firstFreeFrom(DEFAULT_SMTP_PORT + offset),
                DEFAULT_MAIL_HTTP_PORT + offset, DEFAULT_ISSUER_PORT + offset, stateDir(workDir, environment), true,
                ExternalSectigo.fromEnvironment(environment), "sectigo-push", "devstack-push-secret",
                StackTimings.local(), env.partitions(), env.profile(), Map.of());
    }

    /** {@code workDir/.devstack}, or {@code DEVSTACK_STATE_DIR} (relative to {@code workDir}). */
    public static Path stateDir(Path workDir, Map<String, String> environment) {
        return workDir.toAbsolutePath().resolve(new DevstackEnvironment(environment).stateDir(STATE_DIR)).normalize();
    }

    /** For tests: free ports everywhere and throw-away state, so it never clashes with a running devstack. */
    public static StackSettings ephemeral() {
        Map<App, List<Integer>> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            ports.put(app, List.of(Ports.free()));
        }
        return new StackSettings(ports, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), tempDir(),
                false,
                null, "sectigo-push", UUID.randomUUID().toString(), StackTimings.ephemeral(), DEFAULT_PARTITIONS,
                JvmProfile.QUICK, Map.of());
    }

    /** The same stack with {@code count} instances of {@code service}, the further ones on free ports. */
    public StackSettings withInstances(App service, int count) {
        if (service == App.SECTIGO_SANDBOX || count < 1 || count > Instances.MAX) {
            throw new IllegalArgumentException(service.module() + " cannot run " + count + " times");
        }
        Map<App, List<Integer>> ports = new EnumMap<>(appPorts);
        List<Integer> servicePorts = new ArrayList<>(ports.get(service).subList(0, Math.min(count,
                ports.get(service).size())));
        while (servicePorts.size() < count) {
            servicePorts.add(Ports.free());
        }
        ports.put(service, servicePorts);
        return new StackSettings(ports, kafkaPort, postgresPort, smtpPort, mailHttpPort, issuerPort, stateDir,
                keepsState, sectigo, pushUsername, pushPassword, timings, partitions, profile, appEnvironment);
    }

    /** The same stack with these variables added to {@code app}'s environment (each of its instances). */
    public StackSettings withAppEnvironment(App app, Map<String, String> variables) {
        Map<App, Map<String, String>> environments = new EnumMap<>(App.class);
        environments.putAll(appEnvironment);
        Map<String, String> merged = new HashMap<>(appEnvironment.getOrDefault(app, Map.of()));
        merged.putAll(variables);
        environments.put(app, merged);
        return new StackSettings(appPorts, kafkaPort, postgresPort, smtpPort, mailHttpPort, issuerPort, stateDir,
                keepsState, sectigo, pushUsername, pushPassword, timings, partitions, profile, environments);
    }

    /** The first instance's port: where the sandbox pushes, and what a person opens. */
    public int port(App app) {
        return appPorts.get(app).get(0);
    }

    public List<Integer> ports(App app) {
        return appPorts.get(app);
    }

    public boolean usesSandbox() {
        return sectigo == null;
    }

    public boolean postgresMoved() {
        return keepsState && postgresPort != preferredPostgresPort();
    }

    /** 5432, shifted by the port offset. */
    public int preferredPostgresPort() {
        return DEFAULT_POSTGRES_PORT + port(App.ORDER_INTAKE) - App.ORDER_INTAKE.defaultPort();
    }

    KafkaSettings kafkaSettings() {
        return keepsState ? KafkaSettings.persistent(kafkaPort, stateDir.resolve("kafka"))
                : new KafkaSettings(kafkaPort, 0, null);
    }

    PostgresSettings postgresSettings() {
        return keepsState ? PostgresSettings.persistent(postgresPort, postgresDataDir())
                : new PostgresSettings(postgresPort, null);
    }

    /** The personas' tokens, rewritten at every start: the issuer's key lives only as long as the stack. */
    public Path tokensFile() {
        return stateDir.resolve("tokens.json");
    }

    Path postgresDataDir() {
        return stateDir.resolve("postgres");
    }

    /** The password never reaches a log or the console. */
    @Override
    public String toString() {
        return "StackSettings[appPorts=" + appPorts + ", kafkaPort=" + kafkaPort + ", postgresPort=" + postgresPort
                + ", smtpPort=" + smtpPort + ", mailHttpPort=" + mailHttpPort + ", issuerPort=" + issuerPort
                + ", stateDir=" + stateDir
                + ", keepsState=" + keepsState + ", sectigo=" + sectigo + ", timings=" + timings
                + ", partitions=" + partitions + ", profile=" + profile + "]";
    }

    /** Only named here; {@link Stack} creates it when it starts and deletes it when it closes. */
    private static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "certflow-stack-" + UUID.randomUUID());
    }
}
