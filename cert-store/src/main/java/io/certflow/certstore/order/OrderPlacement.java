package io.certflow.certstore.order;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The join from Sectigo's order number, all that a push carries, to certflow's order id. */
@MappedEntity("order_placement")
public record OrderPlacement(@Id String sectigoOrderNumber, UUID orderId, Instant recordedAt) {
}
