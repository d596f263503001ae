package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone asked to revoke the certificate of an order. Produced by order-intake; consumed by
 * sectigo-gateway, which calls AutoRevokeSSL and then publishes {@link CertificateRevoked}. Key:
 * {@code orderId}.
 *
 * @param metadata event metadata; {@code correlationId} is the order id
 * @param orderId  certflow's order id
 * @param reason   why
 * @param comment  free text passed on to Sectigo; optional
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRevocationRequested(EventMetadata metadata, UUID orderId, RevocationReason reason,
                                       String comment) implements Event {

    public OrderRevocationRequested {
        Checks.requireType(metadata, Topics.ORDER_REVOCATION_REQUESTED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
    }

    public static OrderRevocationRequested of(String source, UUID orderId, RevocationReason reason, String comment) {
        return new OrderRevocationRequested(
                EventMetadata.now(Topics.ORDER_REVOCATION_REQUESTED, source, orderId.toString()),
                orderId, reason, comment);
    }

    @Override
    public String topic() {
        return Topics.ORDER_REVOCATION_REQUESTED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
