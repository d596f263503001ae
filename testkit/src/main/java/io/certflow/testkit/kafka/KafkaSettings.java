package io.certflow.testkit.kafka;

import java.nio.file.Path;

/**
 * How to start an {@link EmbeddedKafka}. A port of 0 means "any free port"; a null {@code dataDir}
 * means a temp dir that is deleted on close, otherwise the directory is kept and reused next start.
 */
public record KafkaSettings(int port, int controllerPort, Path dataDir) {

    /** For tests: free ports, throw-away data. */
    public static KafkaSettings ephemeral() {
        return new KafkaSettings(0, 0, null);
    }

    /** For a local stack: a fixed client port (e.g. 9092) and data that survives restarts. */
    public static KafkaSettings persistent(int port, Path dataDir) {
        return new KafkaSettings(port, 0, dataDir);
    }

    boolean keepsData() {
        return dataDir != null;
    }
}
