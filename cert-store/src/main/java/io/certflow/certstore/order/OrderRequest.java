package io.certflow.certstore.order;

import io.certflow.certstore.verification.OrderExpectation;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as far as verification needs it; a fact from order.requested that never changes. */
@MappedEntity("order_request")
public record OrderRequest(
        @Id UUID orderId,
        byte[] csrPublicKey,
        @TypeDef(type = DataType.JSON) List<String> orderedNames,
        Instant recordedAt) {

    OrderExpectation expectation() {
        return new OrderExpectation(csrPublicKey, orderedNames);
    }
}
