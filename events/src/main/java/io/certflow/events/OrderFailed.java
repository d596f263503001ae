package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * The order could not be placed with Sectigo, for good: a permanent error, or transient errors until
 * the retry budget ran out. Produced by sectigo-gateway; consumed by order-intake (status, reason)
 * and notifier (tells the customer). Key: {@code orderId}.
 *
 * @param metadata     event metadata; {@code correlationId} is the order id
 * @param orderId      certflow's order id
 * @param reason       the classified reason
 * @param message      what went wrong, in words a customer or operator understands
 * @param field        the order field at fault, in certflow's names (e.g. {@code csr}); absent if none
 * @param providerCode Sectigo's error code (e.g. {@code -4}), for support only; never dispatch on it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderFailed(EventMetadata metadata, UUID orderId, FailureReason reason, String message,
                          String field, String providerCode) implements Event {

    public OrderFailed {
        Checks.requireType(metadata, Topics.ORDER_FAILED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static OrderFailed of(String source, UUID orderId, FailureReason reason, String message,
                                 String field, String providerCode) {
        return new OrderFailed(EventMetadata.now(Topics.ORDER_FAILED, source, orderId.toString()),
                orderId, reason, message, field, providerCode);
    }

    @Override
    public String topic() {
        return Topics.ORDER_FAILED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
