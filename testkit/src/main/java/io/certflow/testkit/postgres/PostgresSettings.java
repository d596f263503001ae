package io.certflow.testkit.postgres;

import java.nio.file.Path;

/**
 * How to start an {@link EmbeddedPostgresServer}. A port of 0 means "any free port"; a null
 * {@code dataDir} means a temp cluster deleted on close, otherwise the cluster is kept and reused.
 */
public record PostgresSettings(int port, Path dataDir) {

    public static PostgresSettings ephemeral() {
        return new PostgresSettings(0, null);
    }

    /** For a local stack, e.g. {@code persistent(Ports.firstFreeFrom(5432), dir)}. */
    public static PostgresSettings persistent(int port, Path dataDir) {
        return new PostgresSettings(port, dataDir);
    }

    boolean keepsData() {
        return dataDir != null;
    }
}
