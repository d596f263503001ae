package io.certflow.testkit.postgres;

import io.certflow.testkit.PostgresServer;
import io.certflow.testkit.support.Ports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Real PostgreSQL binaries (zonky), run by pg_ctl as a separate server process. */
public final class EmbeddedPostgresServer implements PostgresServer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    /** zonky's cluster trusts local connections; clients that insist on a password may send this one. */
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Databases databases;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.databases = new Databases(() -> postgres.getPostgresDatabase().getConnection());
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
        try {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
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

    public int port() {
        return postgres.getPort();
    }

    /** Idempotent; zonky stops the server and deletes a temp cluster's directory. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
