package io.certflow.testkit.postgres;

import io.certflow.testkit.PostgresServer;
import io.certflow.testkit.process.Watchdog;
import io.certflow.testkit.support.Ports;
import io.certflow.testkit.tls.LocalhostCertificate;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL binaries (zonky), run by pg_ctl as a separate server process. pg_ctl starts the
 * postmaster in a session of its own, so it would outlive a kill -9 of this JVM: a {@link Watchdog}
 * gives it PostgreSQL's fast shutdown when this JVM goes.
 */
public final class EmbeddedPostgresServer implements PostgresServer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    /** zonky's cluster trusts local connections; clients that insist on a password may send this one. */
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Databases databases;
    private final Path dataDirectory;
    private final long pid;
    private final Watchdog watchdog;
    /** Null without TLS. */
    private final LocalhostCertificate certificate;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, LocalhostCertificate certificate) {
        this.postgres = postgres;
        this.certificate = certificate;
        this.databases = new Databases(() -> postgres.getPostgresDatabase().getConnection());
        this.dataDirectory = Path.of(query("SHOW data_directory"));
        this.pid = Postmaster.pid(dataDirectory).orElseThrow(() -> new IllegalStateException(
                "no postmaster.pid in " + dataDirectory));
        this.watchdog = Watchdog.watch(pid, "INT");
    }

    public static EmbeddedPostgresServer start(PostgresSettings settings) {
        long startedAt = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(settings.port() == 0 ? Ports.free() : settings.port())
                // We close it from our own hook, in order with the other components.
                .setRegisterShutdownHook(false);
        if (settings.keepsData()) {
            builder.setDataDirectory(settings.dataDir()).setCleanDataDirectory(false);
        }
        LocalhostCertificate certificate = settings.tls() ? LocalhostCertificate.create("certflow-postgres-tls") : null;
        if (certificate != null) {
            builder.setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", certificate.certificatePem().toAbsolutePath().toString())
                    .setServerConfig("ssl_key_file", certificate.privateKeyPem().toAbsolutePath().toString());
        }
        try {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), certificate);
            LOG.info("PostgreSQL started on port {} in {} ms", server.port(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        databases.ensureExists(database);
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    /** The server's certificate if it was started with TLS; a client trusts its {@code certificatePem()}. */
    public Optional<LocalhostCertificate> tlsCertificate() {
        return Optional.ofNullable(certificate);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The postmaster's process id. */
    public long pid() {
        return pid;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster, for a registry of what this JVM started. */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid);
    }

    /** The watchdog's process, for the same registry; null without one. */
    public ProcessHandle watchdog() {
        return watchdog.handle();
    }

    /** Ends the postmaster with SIGKILL (its backends follow), for a stop that cannot wait. */
    public void kill() {
        watchdog.close();
        handle().ifPresent(ProcessHandle::destroyForcibly);
    }

    private String query(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL started but cannot answer " + sql, e);
        }
    }

    /** Idempotent; zonky stops the server (fast mode, up to 5 s) and deletes a temp cluster's directory. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            watchdog.close();
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
