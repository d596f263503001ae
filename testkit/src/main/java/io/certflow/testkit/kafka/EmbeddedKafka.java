package io.certflow.testkit.kafka;

import io.certflow.testkit.KafkaBroker;
import io.certflow.testkit.support.Ports;
import io.certflow.testkit.support.RunDir;
import io.certflow.testkit.tls.LocalhostCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Kafka's own broker (KRaft, one node) in a child JVM. The child exits when this JVM dies,
 * however it dies, because it watches the stdin pipe this object holds open.
 */
public final class EmbeddedKafka implements KafkaBroker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final BrokerConfig config;
    private final Path runDir;
    /** Null when the caller's data dir is kept. */
    private final RunDir tempDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(Process process, BrokerConfig config, Path runDir, RunDir tempDir) {
        this.process = process;
        this.config = config;
        this.runDir = runDir;
        this.tempDir = tempDir;
    }

    /** Starts the broker and returns once it accepts clients; the caller closes it. */
    public static EmbeddedKafka start(KafkaSettings settings) {
        long startedAt = System.nanoTime();
        RunDir tempDir = settings.keepsData() ? null : RunDir.create("kafka");
        Path runDir = tempDir == null ? createDirectories(settings.dataDir()) : tempDir.path();
        BrokerConfig config = new BrokerConfig(portOrFree(settings.port()), portOrFree(settings.controllerPort()),
                runDir.resolve("data"), settings.tls() ? newTls() : null);
        Path log = runDir.resolve("broker.log");
        EmbeddedKafka kafka = new EmbeddedKafka(launch(config, runDir, log), config, runDir, tempDir);
        try {
            new BrokerReadiness(kafka.process, log).await(START_TIMEOUT);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        LOG.info("Kafka started on {} in {} ms (log: {})", config.bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), log);
        return kafka;
    }

    @Override
    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** The SSL and SASL_SSL listeners, if the broker was started with TLS. */
    public Optional<KafkaTls> tls() {
        return Optional.ofNullable(config.tls());
    }

    @Override
    public void createTopics(int partitions, String... topics) {
        KafkaTopics.create(bootstrapServers(), partitions, topics);
    }

    public Path logFile() {
        return runDir.resolve("broker.log");
    }

    /** Idempotent. Kept data gets a clean shutdown; throw-away data does not need one. */
    @Override
    public void close() {
        close(STOP_TIMEOUT);
    }

    /** As {@link #close()}, waiting at most {@code grace} for a clean shutdown before SIGKILL. */
    public void close(Duration grace) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (tempDir == null) {
            process.destroy();
            waitForExit(grace);
        }
        process.destroyForcibly();
        waitForExit(STOP_TIMEOUT);
        if (tempDir != null) {
            tempDir.close();
        }
    }

    /** For tests of the parent-death watchdog. */
    Process process() {
        return process;
    }

    /** The broker's JVM, for a registry of what this JVM started, or to kill it at once. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    private void waitForExit(Duration timeout) {
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(BrokerConfig config, Path runDir, Path log) {
        Path serverProperties = config.writeTo(runDir);
        ProcessBuilder builder = new ProcessBuilder(BrokerCommand.of(ClusterId.of(runDir), serverProperties))
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker JVM", e);
        }
    }

    private static KafkaTls newTls() {
        return new KafkaTls(BrokerConfig.HOST + ":" + Ports.free(), BrokerConfig.HOST + ":" + Ports.free(),
                LocalhostCertificate.create("certflow-kafka-tls"), "certflow", UUID.randomUUID().toString());
    }

    private static int portOrFree(int port) {
        return port == 0 ? Ports.free() : port;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
