package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;
import java.util.UUID;

/**
 * A valid order was accepted and must now be placed with Sectigo. Produced by order-intake (from REST
 * or {@code order.submissions}); consumed by sectigo-gateway (places it; the CSR's hashes for DCV),
 * cert-store (keeps the key hash and ordered names of {@code facts} to verify the certificate against)
 * and notifier (customer contact, ordered names). Key: {@code orderId}.
 *
 * @param metadata        event metadata; {@code correlationId} is the order id
 * @param orderId         certflow's order id; sent to Sectigo as {@code foreignOrderNumber}
 * @param requestId       the submitter's idempotency key, if one was given
 * @param order           what is ordered
 * @param replacesOrderId for a replacement: the order it replaces; absent otherwise
 * @param revokeReplaced  for a replacement: revoke the replaced certificate once the new one is issued
 *                        (S/MIME's {@code revokeOldOrder}; an SSL replacement is revoked by an explicit
 *                        revocation); absent otherwise
 * @param channel         how the order came in: {@code API} (REST, replacements) or {@code SUBMISSION} (the
 *                        submissions topic); absent in events written before the field existed, read as
 *                        {@code API}
 * @param facts           what intake learnt from the CSR, and the canonical ordered names; always written
 *                        by order-intake, absent only in events written before the field existed
 * @param tenant          whose order it is: the tenant of the token that submitted it (REST) or of the
 *                        submission; absent only in events written before the field existed, whose orders
 *                        only an operator sees
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRequested(EventMetadata metadata, UUID orderId, String requestId, OrderDetails order,
                             UUID replacesOrderId, Boolean revokeReplaced, OrderChannel channel,
                             RequestFacts facts, String tenant)
        implements Event {

    @Creator
    public OrderRequested {
        Checks.requireType(metadata, Topics.ORDER_REQUESTED);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(order, "order");
    }

    public OrderRequested(EventMetadata metadata, UUID orderId, String requestId, OrderDetails order,
                          UUID replacesOrderId, Boolean revokeReplaced, OrderChannel channel, RequestFacts facts) {
        this(metadata, orderId, requestId, order, replacesOrderId, revokeReplaced, channel, facts, null);
    }

    public OrderRequested(EventMetadata metadata, UUID orderId, String requestId, OrderDetails order,
                          UUID replacesOrderId, Boolean revokeReplaced, OrderChannel channel) {
        this(metadata, orderId, requestId, order, replacesOrderId, revokeReplaced, channel, null);
    }

    public OrderRequested(EventMetadata metadata, UUID orderId, String requestId, OrderDetails order,
                          UUID replacesOrderId, Boolean revokeReplaced) {
        this(metadata, orderId, requestId, order, replacesOrderId, revokeReplaced, null);
    }

    /** An order that replaces no other. */
    public OrderRequested(EventMetadata metadata, UUID orderId, String requestId, OrderDetails order,
                          UUID replacesOrderId) {
        this(metadata, orderId, requestId, order, replacesOrderId, null, null);
    }

    public static OrderRequested of(String source, UUID orderId, String requestId, OrderDetails order,
                                    UUID replacesOrderId) {
        return of(source, orderId, requestId, order, replacesOrderId, null);
    }

    public static OrderRequested of(String source, UUID orderId, String requestId, OrderDetails order,
                                    UUID replacesOrderId, Boolean revokeReplaced) {
        return of(source, orderId, requestId, order, replacesOrderId, revokeReplaced, null);
    }

    public static OrderRequested of(String source, UUID orderId, String requestId, OrderDetails order,
                                    UUID replacesOrderId, Boolean revokeReplaced, OrderChannel channel) {
        return of(source, orderId, requestId, order, replacesOrderId, revokeReplaced, channel, null);
    }

    public static OrderRequested of(String source, UUID orderId, String requestId, OrderDetails order,
                                    UUID replacesOrderId, Boolean revokeReplaced, OrderChannel channel,
                                    RequestFacts facts) {
        return new OrderRequested(EventMetadata.now(Topics.ORDER_REQUESTED, source, orderId.toString()),
                orderId, requestId, order, replacesOrderId, revokeReplaced, channel, facts);
    }

    /** The same event, filed under {@code tenant}. */
    public OrderRequested forTenant(String tenant) {
        return new OrderRequested(metadata, orderId, requestId, order, replacesOrderId, revokeReplaced, channel, facts,
                tenant);
    }

    /** The facts, for a consumer that cannot work without them; names the field when they are absent. */
    public RequestFacts requireFacts() {
        if (facts == null) {
            throw new IllegalArgumentException("order.requested " + orderId + " has no facts: written by an "
                    + "order-intake older than the field (see docs/events.md, \"Ordered names\")");
        }
        return facts;
    }

    @Override
    public String topic() {
        return Topics.ORDER_REQUESTED;
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
