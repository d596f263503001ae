package io.certflow.intake.submission;

import io.certflow.events.OrderDetails;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A digest of what was ordered, so that a retried submission with the same request id is told
 * apart from a different order that reuses it. Computed over the contract's own JSON, whose field
 * order is fixed by the record.
 */
@Singleton
public final class Fingerprints {

    private final ObjectMapper json;

    public Fingerprints(ObjectMapper json) {
        this.json = json;
    }

    public String of(OrderDetails order) {
        return digest(order, "");
    }

    /** A replacement is also told apart by the order it replaces and whether that is to be revoked. */
    public String ofReplacement(OrderDetails order, UUID replacesOrderId, boolean revokeReplaced) {
        return digest(order, "|replaces=" + replacesOrderId + "|revoke=" + revokeReplaced);
    }

    private String digest(OrderDetails order, String suffix) {
        try {
            byte[] canonical = (json.writeValueAsString(order) + suffix).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
