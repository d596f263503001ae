package io.certflow.testkit.postgres;

import java.nio.file.Path;

/**
 * How to start an {@link EmbeddedPostgresServer}. A port of 0 means "any free port"; a null
 * {@code dataDir} means a temp cluster deleted on close, otherwise the cluster is kept and reused.
 * With {@code tls} the server runs with {@code ssl=on} and a certificate made at start.
 */
public record PostgresSettings(int port, Path dataDir, boolean tls) {

    public PostgresSettings(int port, Path dataDir) {
        this(port, dataDir, false);
    }

    public static PostgresSettings ephemeral() {
        return new PostgresSettings(0, null);
    }

    /** As {@link #ephemeral()}, with TLS for the clients that ask for it. */
    public static PostgresSettings ephemeralWithTls() {
        return new PostgresSettings(0, null, true);
    }

    /** For a local stack, e.g. {@code persistent(Ports.firstFreeFrom(5432), dir)}. */
    public static PostgresSettings persistent(int port, Path dataDir) {
        return new PostgresSettings(port, dataDir);
    }

    boolean keepsData() {
        return dataDir != null;
    }
}
