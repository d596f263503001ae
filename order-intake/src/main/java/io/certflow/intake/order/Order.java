package io.certflow.intake.order;

import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An order as intake keeps it: what was ordered, where it stands, and what Sectigo said. Immutable:
 * every intention-named method answers the next state, or this same instance when the step is not
 * allowed from here (a late or repeated event), so callers can tell a change by identity.
 * Optimistic locking ({@link Version}) keeps two consumers from overwriting each other's step.
 */
@MappedEntity("orders")
public record Order(
        @Id UUID id,
        @Nullable String requestId,
        @Nullable String requestFingerprint,
        OrderStatus status,
        @TypeDef(type = DataType.JSON) OrderDetails details,
        @Nullable String sectigoOrderNumber,
        @Nullable @Relation(Relation.Kind.EMBEDDED) Failure failure,
        @Nullable @TypeDef(type = DataType.JSON) NextStep nextStep,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
    }

    /** A validated order enters the system. */
    public static Order accept(UUID id, @Nullable String requestId, @Nullable String requestFingerprint,
                               OrderDetails details, Instant now) {
        return new Order(id, requestId, requestFingerprint, OrderStatus.REQUESTED, details, null, null, null, now,
                now, null);
    }

    /**
     * Records Sectigo's number and what the customer must do, also when a push already moved the
     * order past PLACED (the placement event can be the later one).
     */
    public Order placeWith(String sectigoNumber, NextStep next, Instant at) {
        boolean learnsNothing = sectigoOrderNumber != null && nextStep != null;
        if (learnsNothing && !status.canMoveTo(OrderStatus.PLACED)) {
            return this;
        }
        String number = sectigoOrderNumber != null ? sectigoOrderNumber : sectigoNumber;
        Order placed = new Order(id, requestId, requestFingerprint, status, details, number, failure, next,
                createdAt, at, version);
        return placed.moveTo(OrderStatus.PLACED, failure, at);
    }

    public Order startValidation(Instant at) {
        return moveTo(OrderStatus.VALIDATING, failure, at);
    }

    public Order issue(Instant at) {
        return moveTo(OrderStatus.ISSUED, failure, at);
    }

    public Order fail(Failure why, Instant at) {
        return moveTo(OrderStatus.FAILED, why, at);
    }

    public Order reject(Failure why, Instant at) {
        return moveTo(OrderStatus.REJECTED, why, at);
    }

    public Order replace(Instant at) {
        return moveTo(OrderStatus.REPLACED, failure, at);
    }

    public Order revoke(Instant at) {
        return moveTo(OrderStatus.REVOKED, failure, at);
    }

    private Order moveTo(OrderStatus next, @Nullable Failure why, Instant at) {
        if (!status.canMoveTo(next)) {
            return this;
        }
        return new Order(id, requestId, requestFingerprint, next, details, sectigoOrderNumber, why, nextStep,
                createdAt, at, version);
    }
}
