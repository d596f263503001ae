package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Sectigo revoked an order's certificate. Produced by sectigo-gateway after its AutoRevokeSSL (a revocation
 * certflow did not ask for arrives as {@link CertificateStatusChanged}); consumed by cert-store (marks the certificate),
 * order-intake (status) and notifier. Key: {@code orderId}.
 *
 * @param metadata           event metadata; {@code correlationId} is the order id
 * @param orderId            certflow's order id
 * @param sectigoOrderNumber Sectigo's {@code orderNumber}
 * @param revokedAt          when the revocation took effect
 * @param reason             why; {@code UNSPECIFIED} when Sectigo did not say
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateRevoked(
        EventMetadata metadata,
        UUID orderId,
        String sectigoOrderNumber,
        @Serdeable.Serializable(using = IsoInstantSerde.class)
        @Serdeable.Deserializable(using = IsoInstantSerde.class)
        Instant revokedAt,
        RevocationReason reason) implements Event {

    public CertificateRevoked {
        Checks.requireType(metadata, Topics.CERTIFICATE_REVOKED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(reason, "reason");
    }

    public static CertificateRevoked of(String source, UUID orderId, String sectigoOrderNumber, Instant revokedAt,
                                        RevocationReason reason) {
        return new CertificateRevoked(EventMetadata.now(Topics.CERTIFICATE_REVOKED, source, orderId.toString()),
                orderId, sectigoOrderNumber, revokedAt, reason);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE_REVOKED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
