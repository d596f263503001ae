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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole system: Kafka, PostgreSQL, SMTP with its HTTP mail API, the sandbox and the five
 * services (each instance in its own JVM). Started in dependency order (infrastructure, sandbox,
 * services in parallel); closed the other way round within about ten seconds: every application at
 * once (SIGTERM, SIGKILL after {@link #APP_GRACE}), then the broker and PostgreSQL side by side. Every
 * process it starts is written to the state directory's {@link RunRecord}, so that a later start can
 * stop what a killed run left; each child also exits by itself when this JVM dies.
 */
public final class Stack implements AutoCloseable {

    static final String POSTGRES = "postgresql";
    private static final Logger LOG = LoggerFactory.getLogger(Stack.class);
    private static final Duration APP_GRACE = Duration.ofSeconds(5);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(4);

    private final StackSettings settings;
    private final Map<App, List<AppProcess>> apps = new ConcurrentHashMap<>();
    private final List<AutoCloseable> infrastructure = new CopyOnWriteArrayList<>();
    private volatile RunRecord record;
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedPostgresServer postgres;
    private GreenMailSmtp smtp;
    private MailHttpApi mailApi;
    private LocalTokens tokens;
    private volatile boolean closed;

    private Stack(StackSettings settings, RunRecord record) {
        this.settings = settings;
        this.record = record;
    }

    /** Starts everything and returns once every application answers {@code /health}. */
    public static Stack start(StackSettings settings) {
        return create(settings).start();
    }

    /** A stack not started yet, so that a shutdown hook can hold it before {@link #start()}. */
    public static Stack create(StackSettings settings) {
        return new Stack(settings, null);
    }

    /** As {@link #create(StackSettings)}, on a state directory the caller has claimed already. */
    static Stack create(StackSettings settings, RunRecord record) {
        return new Stack(settings, record);
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

    /** The first instance's address. */
    public String baseUrl(App app) {
        return process(app).baseUrl();
    }

    /** Every instance's address, first instance first. */
    public List<String> baseUrls(App app) {
        return processes(app).stream().map(AppProcess::baseUrl).toList();
    }

    /** The first instance. */
    public AppProcess process(App app) {
        List<AppProcess> instances = processes(app);
        if (instances.isEmpty()) {
            throw new IllegalStateException(app.module() + " is not running in this stack");
        }
        return instances.get(0);
    }

    public List<AppProcess> processes(App app) {
        return apps.getOrDefault(app, List.of()).stream()
                .sorted(Comparator.comparingInt(process -> settings.ports(app).indexOf(process.port())))
                .toList();
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

    /** The token issuer and the personas' tokens. */
    public LocalTokens tokens() {
        return tokens;
    }

    public String mailUrl() {
        return "http://localhost:" + mailApi.port() + "/messages";
    }

    /** Idempotent: stops what runs, applications first, all of them at once. Kept state stays on disk. */
    @Override
    public synchronized void close() {
        closed = true;
        List<Runnable> stops = new ArrayList<>();
        apps.values().forEach(instances -> instances.forEach(app -> stops.add(() -> app.close(APP_GRACE))));
        LOG.info("stopping {} applications", stops.size());
        Parallel.run(stops);
        List<AutoCloseable> rest = new ArrayList<>(infrastructure);
        infrastructure.clear();
        Parallel.run(rest.stream().<Runnable>map(resource -> () -> ShutdownHooks.closeQuietly(resource,
                resource.getClass().getSimpleName())).toList());
        if (record != null) {
            record.close();
        }
        if (!settings.keepsState()) {
            StateDirs.delete(settings.stateDir());
        }
    }

    /**
     * Ends every process with SIGKILL, for a stop that cannot wait (a second Ctrl-C). Not synchronized:
     * it must work while {@link #close()} runs. The record stays, so that the next start finds anything
     * that survived.
     */
    public void kill() {
        closed = true;
        apps.values().forEach(instances -> instances.forEach(app -> app.handle().destroyForcibly()));
        EmbeddedKafka broker = kafka;
        if (broker != null) {
            broker.handle().destroyForcibly();
        }
        EmbeddedPostgresServer server = postgres;
        if (server != null) {
            server.kill();
        }
    }

    private void startAll() {
        if (record == null) {
            record = RunRecord.claim(settings.stateDir(), LOG::warn);
        }
        Parallel.run(List.of(this::startKafka, this::startPostgres));
        kafka.createTopics(settings.partitions(), StackTopics.ALL.toArray(String[]::new));
        smtp = started(GreenMailSmtp.start(settings.smtpPort()), "smtp");
        mailApi = started(MailHttpApi.start(settings.mailHttpPort(), smtp), "mail-http");
        tokens = started(LocalTokens.start(settings), "token-issuer");
        AppEnvironment environment = new AppEnvironment(settings, postgres, kafka.bootstrapServers(), smtp,
                tokens.issuer());
        if (settings.usesSandbox()) {
            startApp(App.SECTIGO_SANDBOX, settings.port(App.SECTIGO_SANDBOX), environment);
        }
        for (App service : App.services()) {
            // Databases first, one at a time: creating them is quick, and the services then start in parallel.
            postgres.jdbcUrl(service.database());
        }
        // In waves: every service's first instance, then the second ones, … A further instance then finds
        // its schema migrated, and a dozen JVMs never start at once on two cores.
        int waves = App.services().stream().mapToInt(service -> settings.ports(service).size()).max().orElse(0);
        for (int wave = 0; wave < waves; wave++) {
            List<Runnable> starts = new ArrayList<>();
            for (App service : App.services()) {
                List<Integer> ports = settings.ports(service);
                if (wave < ports.size()) {
                    int port = ports.get(wave);
                    starts.add(() -> startApp(service, port, environment));
                }
            }
            Parallel.run(starts);
        }
    }

    private void startKafka() {
        EmbeddedKafka broker = EmbeddedKafka.start(settings.kafkaSettings());
        record.add("kafka", broker.handle());
        kafka = started(broker, "kafka", () -> broker.close(KAFKA_GRACE));
    }

    private void startPostgres() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings.postgresSettings());
        server.handle().ifPresent(handle -> record.add(POSTGRES, handle));
        record.add("postgresql-watchdog", server.watchdog());
        postgres = started(server, POSTGRES);
    }

    private void startApp(App app, int port, AppEnvironment environment) {
        AppProcess process = AppProcess.start(app.module(), port, environment.of(app, port),
                settings.profile().jvmOptions());
        record.add(app.module() + ":" + port, process.handle());
        synchronized (this) {
            if (closed) {
                process.close(APP_GRACE);
                throw new IllegalStateException("the stack was closed while " + app.module() + " started");
            }
            apps.computeIfAbsent(app, ignored -> new CopyOnWriteArrayList<>()).add(process);
        }
        process.onExit().thenAccept(code -> reportUnexpectedExit(process, code));
    }

    /** A service that dies while the stack runs is said loudly: its work would otherwise just stop. */
    private void reportUnexpectedExit(AppProcess process, int code) {
        if (!closed) {
            LOG.error("{} on port {} exited with code {} while the stack is running; see {}", process.module(),
                    process.port(), code, process.log());
        }
    }

    private <T extends AutoCloseable> T started(T resource, String name) {
        return started(resource, name, resource);
    }

    private synchronized <T extends AutoCloseable> T started(T resource, String name, AutoCloseable stop) {
        if (closed) {
            ShutdownHooks.closeQuietly(stop, name);
            throw new IllegalStateException("the stack was closed while " + name + " started");
        }
        infrastructure.add(stop);
        return resource;
    }
}
