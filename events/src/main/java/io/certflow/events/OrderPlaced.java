package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sectigo accepted the order and gave it an order number. Produced by sectigo-gateway; consumed by
 * order-intake (status, DCV instructions for the customer), cert-store and webhook-receiver (to join
 * later pushes, which carry only the Sectigo order number, to our order id) and notifier. Key:
 * {@code orderId}.
 *
 * @param metadata             event metadata; {@code correlationId} is the order id
 * @param orderId              certflow's order id
 * @param sectigoOrderNumber   Sectigo's {@code orderNumber}
 * @param sectigoCertificateId Sectigo's {@code certificateID}, if returned
 * @param cost                 what Sectigo charged ({@code totalCost}), if returned
 * @param currency             ISO 4217 currency of {@code cost}, if returned
 * @param uniqueValue          the {@code uniqueValue} used in the CSR-hash DCV file/record, if any
 * @param dcvInstructions      what the customer must do, one entry per domain; empty when nothing
 * @param replacesOrderId      for a replacement: the order it replaces; absent otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPlaced(
        EventMetadata metadata,
        UUID orderId,
        String sectigoOrderNumber,
        String sectigoCertificateId,
        BigDecimal cost,
        String currency,
        String uniqueValue,
        List<DcvInstruction> dcvInstructions,
        UUID replacesOrderId) implements Event {

    public OrderPlaced {
        Checks.requireType(metadata, Topics.ORDER_PLACED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
        dcvInstructions = Checks.copyOrEmpty(dcvInstructions);
    }

    public static OrderPlaced of(String source, UUID orderId, String sectigoOrderNumber, String sectigoCertificateId,
                                 BigDecimal cost, String currency, String uniqueValue,
                                 List<DcvInstruction> dcvInstructions, UUID replacesOrderId) {
        return new OrderPlaced(EventMetadata.now(Topics.ORDER_PLACED, source, orderId.toString()), orderId,
                sectigoOrderNumber, sectigoCertificateId, cost, currency, uniqueValue, dcvInstructions,
                replacesOrderId);
    }

    @Override
    public String topic() {
        return Topics.ORDER_PLACED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
