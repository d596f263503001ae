package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * A requested revocation did not happen: Sectigo refused it, the order was never placed with Sectigo,
 * or Sectigo could not be reached until the retry budget ran out. The certificate stays valid.
 * Produced by sectigo-gateway; consumed by order-intake (the pending revocation ends, so the customer
 * may ask again) and notifier (tells the customer). Key: {@code orderId}.
 *
 * @param metadata           event metadata; {@code correlationId} is the order id
 * @param orderId            certflow's order id
 * @param sectigoOrderNumber Sectigo's {@code orderNumber}; absent when the order never reached Sectigo
 * @param reason             the reason the revocation was asked for
 * @param message            why it did not happen, in words a customer or operator understands
 * @param providerCode       Sectigo's error code (e.g. {@code -4}), for support only; never dispatch on it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRevocationFailed(EventMetadata metadata, UUID orderId, String sectigoOrderNumber,
                                    RevocationReason reason, String message, String providerCode) implements Event {

    public OrderRevocationFailed {
        Checks.requireType(metadata, Topics.ORDER_REVOCATION_FAILED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static OrderRevocationFailed of(String source, UUID orderId, String sectigoOrderNumber,
                                           RevocationReason reason, String message, String providerCode) {
        return new OrderRevocationFailed(
                EventMetadata.now(Topics.ORDER_REVOCATION_FAILED, source, orderId.toString()),
                orderId, sectigoOrderNumber, reason, message, providerCode);
    }

    @Override
    public String topic() {
        return Topics.ORDER_REVOCATION_FAILED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
