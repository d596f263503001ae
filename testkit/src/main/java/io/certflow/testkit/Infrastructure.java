package io.certflow.testkit;

import io.certflow.testkit.auth.TokenIssuer;
import io.certflow.testkit.kafka.ContainerKafka;
import io.certflow.testkit.kafka.EmbeddedKafka;
import io.certflow.testkit.kafka.KafkaSettings;
import io.certflow.testkit.postgres.ContainerPostgres;
import io.certflow.testkit.postgres.EmbeddedPostgresServer;
import io.certflow.testkit.postgres.PostgresSettings;
import io.certflow.testkit.smtp.GreenMailSmtp;
import io.certflow.testkit.support.Lazy;
import io.certflow.testkit.support.ShutdownHooks;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM-wide Kafka, PostgreSQL and SMTP for tests: each started once, lazily, on first use, and
 * stopped by a shutdown hook, i.e. after every test class (and its Micronaut context) has finished.
 */
public final class Infrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    private static final Lazy<Boolean> DOCKER = new Lazy<>(Infrastructure::decideDocker);
    private static final Lazy<KafkaBroker> KAFKA = new Lazy<>(Infrastructure::startKafka);
    private static final Lazy<PostgresServer> POSTGRES = new Lazy<>(Infrastructure::startPostgres);
    private static final Lazy<SmtpServer> SMTP = new Lazy<>(
            () -> ShutdownHooks.closeOnExit(GreenMailSmtp.start(0), "smtp"));
    private static final Lazy<TokenIssuer> TOKENS = new Lazy<>(
            () -> ShutdownHooks.closeOnExit(TokenIssuer.start(0), "token issuer"));

    private Infrastructure() {
    }

    public static KafkaBroker kafka() {
        return KAFKA.get();
    }

    public static PostgresServer postgres() {
        return POSTGRES.get();
    }

    /** Always in-process (GreenMail), also in Docker mode: it starts in milliseconds. */
    public static SmtpServer smtp() {
        return SMTP.get();
    }

    /** The JVM's token issuer, in-process like SMTP; a service trusts it with its {@code micronautProperties()}. */
    public static TokenIssuer tokenIssuer() {
        return TOKENS.get();
    }

    /**
     * Properties for a Micronaut test context (return them from a TestPropertyProvider): Kafka's
     * bootstrap servers and the default datasource pointing at {@code database}, created if needed.
     */
    public static Map<String, String> micronautProperties(String database) {
        // Both starts mostly wait on another process, so overlapping them saves a second or two.
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(Infrastructure::kafka);
        PostgresServer postgres = postgres();
        return Map.of(
                "kafka.bootstrap.servers", join(kafka).bootstrapServers(),
                "datasources.default.url", postgres.jdbcUrl(database),
                "datasources.default.username", postgres.username(),
                "datasources.default.password", postgres.password(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES");
    }

    private static <T> T join(CompletableFuture<T> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static boolean decideDocker() {
        InfraMode mode = InfraMode.configured();
        boolean docker = mode.useDocker();
        LOG.info("certflow testkit runs its infrastructure {} (mode {}; {} or -D{} = embedded|docker|auto)",
                docker ? "in Docker" : "embedded", mode, InfraMode.ENVIRONMENT, InfraMode.PROPERTY);
        return docker;
    }

    private static KafkaBroker startKafka() {
        return DOCKER.get()
                ? ShutdownHooks.closeOnExit(ContainerKafka.start(), "kafka")
                : ShutdownHooks.closeOnExit(EmbeddedKafka.start(KafkaSettings.ephemeral()), "kafka");
    }

    private static PostgresServer startPostgres() {
        return DOCKER.get()
                ? ShutdownHooks.closeOnExit(ContainerPostgres.start(), "postgres")
                : ShutdownHooks.closeOnExit(EmbeddedPostgresServer.start(PostgresSettings.ephemeral()), "postgres");
    }
}
