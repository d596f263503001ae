package io.certflow.certstore.order;

import io.certflow.certstore.verification.OrderExpectation;
import io.certflow.events.CertificateType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as far as verification and the certificate's later life need it; a fact from
 * order.requested that never changes.
 *
 * @param publicKeySha256 {@code facts.publicKeySha256}: the key the certificate must carry
 * @param orderedNames    {@code facts.orderedNames}: the names it must cover
 *
 * @param replacesOrderId for a replacement order: the order whose certificates its certificate replaces
 * @param tenant          whose order it is; null for an order requested before tenants, which only an
 *                        operator sees
 */
@MappedEntity("order_request")
public record OrderRequest(
        @Id UUID orderId,
        String publicKeySha256,
        @TypeDef(type = DataType.JSON) List<String> orderedNames,
        Instant recordedAt,
        CertificateType certificateType,
        @Nullable UUID replacesOrderId,
        @Nullable String tenant) {

    KnownOrder known() {
        return new KnownOrder(orderId, new OrderExpectation(publicKeySha256, orderedNames, certificateType),
                replacesOrderId, tenant);
    }
}
