package io.certflow.notifier.recipient;

import io.certflow.events.OrderPlaced;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What {@code order.placed} told about an order, learnt once: its Sectigo number for the emails that
 * name it, and the order a replacement replaces. Read by order id only.
 *
 * @param orderId            certflow's order id
 * @param sectigoOrderNumber Sectigo's {@code orderNumber}
 * @param replacesOrderId    for a replacement: the order it replaces
 * @param placedAt           when the notifier learnt it
 */
@MappedEntity("placed_order")
public record PlacedOrder(@Id UUID orderId, String sectigoOrderNumber, @Nullable UUID replacesOrderId,
                          Instant placedAt) {

    public PlacedOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sectigoOrderNumber, "sectigoOrderNumber");
    }

    public static PlacedOrder of(OrderPlaced placed, Instant now) {
        return new PlacedOrder(placed.orderId(), placed.sectigoOrderNumber(), placed.replacesOrderId(), now);
    }
}
