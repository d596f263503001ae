package io.certflow.devstack;

import io.certflow.testkit.KafkaBroker;
import io.certflow.testkit.PostgresServer;
import io.certflow.testkit.SmtpServer;
import io.certflow.testkit.apps.AppProcess;
import io.certflow.testkit.kafka.EmbeddedKafka;
import io.certflow.testkit.postgres.EmbeddedPostgresServer;
import io.certflow.testkit.smtp.GreenMailSmtp;
import io.certflow.testkit.support.ShutdownHooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system: Kafka, PostgreSQL, SMTP with its HTTP mail API, the sandbox and the five
 * services, each service in its own JVM. Started in dependency order (infrastructure, sandbox,
 * services in parallel); closed in reverse order. A failed start closes what had started.
 */
public final class Stack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Stack.class);
    private static final List<String> APP_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final StackSettings settings;
    private final Deque<Running> running = new ArrayDeque<>();
    private final Map<App, AppProcess> apps = new EnumMap<>(App.class);
    private EmbeddedKafka kafka;
    private EmbeddedPostgresServer postgres;
    private GreenMailSmtp smtp;
    private MailHttpApi mailApi;
    private boolean closed;

    private Stack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once every application answers {@code /health}. */
    public static Stack start(StackSettings settings) {
        return create(settings).start();
    }

    /** A stack not started yet, so that a shutdown hook can hold it before {@link #start()}. */
    public static Stack create(StackSettings settings) {
        return new Stack(settings);
    }

    /** Returns once every application answers {@code /health}; on failure closes what had started. */
    public Stack start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public String baseUrl(App app) {
        AppProcess process = apps.get(app);
        if (process == null) {
            throw new IllegalStateException(app.module() + " is not running in this stack");
        }
        return process.baseUrl();
    }

    public AppProcess process(App app) {
        return apps.get(app);
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedKafka embeddedKafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public int postgresPort() {
        return postgres.port();
    }

    public SmtpServer smtp() {
        return smtp;
    }

    public String mailUrl() {
        return "http://localhost:" + mailApi.port() + "/messages";
    }

    /** Idempotent: stops what runs, last started first. Kept state stays on disk. */
    @Override
    public synchronized void close() {
        closed = true;
        while (!running.isEmpty()) {
            Running component = running.pop();
            LOG.info("stopping {}", component.name());
            ShutdownHooks.closeQuietly(component.resource(), component.name());
        }
        if (!settings.keepsState()) {
            StateDirs.delete(settings.stateDir());
        }
    }

    private void startAll() {
        StateDirs.create(settings.stateDir());
        Parallel.run(List.of(
                () -> kafka = started("kafka", EmbeddedKafka.start(settings.kafkaSettings())),
                () -> postgres = started("postgresql", EmbeddedPostgresServer.start(settings.postgresSettings()))));
        kafka.createTopics(3, StackTopics.ALL.toArray(String[]::new));
        smtp = started("smtp", GreenMailSmtp.start(settings.smtpPort()));
        mailApi = started("mail-http", MailHttpApi.start(settings.mailHttpPort(), smtp));
        AppEnvironment environment = new AppEnvironment(settings, postgres, kafka.bootstrapServers(), smtp);
        if (settings.usesSandbox()) {
            startApp(App.SECTIGO_SANDBOX, environment);
        }
        for (App service : App.services()) {
            // Databases first, one at a time: creating them is quick, and the services then start in parallel.
            postgres.jdbcUrl(service.database());
        }
        Parallel.run(App.services().stream().<Runnable>map(service -> () -> startApp(service, environment)).toList());
    }

    private void startApp(App app, AppEnvironment environment) {
        AppProcess process = AppProcess.start(app.module(), settings.port(app), environment.of(app), APP_JVM_OPTIONS);
        synchronized (this) {
            apps.put(app, process);
        }
        started(app.module(), process);
        process.onExit().thenAccept(code -> reportUnexpectedExit(process, code));
    }

    /** A service that dies while the stack runs is said loudly: its work would otherwise just stop. */
    private synchronized void reportUnexpectedExit(AppProcess process, int code) {
        if (!closed) {
            LOG.error("{} exited with code {} while the stack is running; see {}", process.module(), code,
                    process.log());
        }
    }

    private synchronized <T extends AutoCloseable> T started(String name, T resource) {
        if (closed) {
            ShutdownHooks.closeQuietly(resource, name);
            throw new IllegalStateException("the stack was closed while " + name + " started");
        }
        running.push(new Running(name, resource));
        return resource;
    }

    private record Running(String name, AutoCloseable resource) {
    }
}
