package io.certflow.testkit.kafka;

import java.nio.file.Path;

/**
 * How to start an {@link EmbeddedKafka}. A port of 0 means "any free port"; a null {@code dataDir}
 * means a temp dir that is deleted on close, otherwise the directory is kept and reused next start.
 * With {@code tls} the broker also listens for SSL and SASL_SSL clients ({@link KafkaTls}).
 */
public record KafkaSettings(int port, int controllerPort, Path dataDir, boolean tls) {

    public KafkaSettings(int port, int controllerPort, Path dataDir) {
        this(port, controllerPort, dataDir, false);
    }

    /** For tests: free ports, throw-away data. */
    public static KafkaSettings ephemeral() {
        return new KafkaSettings(0, 0, null);
    }

    /** As {@link #ephemeral()}, plus an SSL and a SASL_SSL listener on free ports. */
    public static KafkaSettings ephemeralWithTls() {
        return new KafkaSettings(0, 0, null, true);
    }

    /** For a local stack: a fixed client port (e.g. 9092) and data that survives restarts. */
    public static KafkaSettings persistent(int port, Path dataDir) {
        return new KafkaSettings(port, 0, dataDir);
    }

    boolean keepsData() {
        return dataDir != null;
    }
}
