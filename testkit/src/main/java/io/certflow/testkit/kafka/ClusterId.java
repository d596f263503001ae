package io.certflow.testkit.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

/**
 * The KRaft cluster id of a run dir. It is kept beside the data because a formatted log dir only
 * accepts the id it was formatted with, even with {@code --ignore-formatted}.
 */
final class ClusterId {

    private static final String FILE = "cluster.id";

    private ClusterId() {
    }

    static String of(Path runDir) {
        Path file = runDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String id = random();
            Files.writeString(file, id, StandardCharsets.US_ASCII);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /**
     * Kafka wants 16 bytes in URL-safe Base64 without padding, as its own Uuid prints them. Like
     * Kafka's {@code Uuid.randomUuid()} it never starts with {@code -}: {@code kafka-storage format -t}
     * would read such an id as an option and fail about one start in 64.
     */
    static String random() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }
}
