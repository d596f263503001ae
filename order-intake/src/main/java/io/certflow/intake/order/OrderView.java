package io.certflow.intake.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /orders/{orderId}}: where an order stands and how it got there.
 *
 * @param tenant            whose order it is; absent for an order written before tenants
 * @param failure           why it failed or was rejected; absent otherwise
 * @param nextStep          what the customer must do (or wait for) for the order to proceed; absent when nothing
 * @param replacesOrderId   for a replacement: the order it replaces
 * @param replacedByOrderId the latest replacement asked for this order
 * @param revocation        the revocation asked for, while pending and after
 * @param timeline          what happened, oldest first
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(
        UUID orderId,
        OrderStatus status,
        String tenant,
        String type,
        Integer product,
        String sectigoOrderNumber,
        Failure failure,
        NextStep nextStep,
        UUID replacesOrderId,
        UUID replacedByOrderId,
        PendingRevocation revocation,
        Instant createdAt,
        Instant updatedAt,
        List<Step> timeline) {

    static OrderView of(Order order, List<TimelineEntry> entries) {
        return new OrderView(order.id(), order.status(), order.tenant(), String.valueOf(order.details().type()),
                order.details().product(), order.sectigoOrderNumber(), order.failure(), order.nextStep(),
                order.replacesOrderId(), order.replacedByOrderId(), order.revocation(), order.createdAt(),
                order.updatedAt(), entries.stream().map(Step::of).toList());
    }

    @Serdeable
    public record Step(Instant at, OrderStatus status, String description) {

        static Step of(TimelineEntry entry) {
            return new Step(entry.occurredAt(), entry.status(), entry.description());
        }
    }
}
