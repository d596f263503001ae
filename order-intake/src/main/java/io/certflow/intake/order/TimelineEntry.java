package io.certflow.intake.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened to an order, as {@code GET /orders/{id}} lists it. */
@MappedEntity("order_timeline")
public record TimelineEntry(
        @Id @GeneratedValue @Nullable Long id,
        UUID orderId,
        Instant occurredAt,
        OrderStatus status,
        String description) {

    /** What happened at {@code at}, with the status the order has after it. */
    public static TimelineEntry of(Order order, Instant at, String description) {
        return new TimelineEntry(null, order.id(), at, order.status(), description);
    }
}
