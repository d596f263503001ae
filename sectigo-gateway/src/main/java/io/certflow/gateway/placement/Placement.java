package io.certflow.gateway.placement;

import io.certflow.events.FailureReason;
import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One order in the gateway's ledger. Immutable: each intention-named method answers the next state,
 * or throws when the step is not allowed from here. {@link Version} keeps two workers (or a worker
 * whose lease ran out) from both recording an outcome.
 */
@MappedEntity("placement")
public record Placement(
        @Id UUID orderId,
        UUID requestEventId,
        @Nullable UUID replacesOrderId,
        @TypeDef(type = DataType.JSON) OrderDetails details,
        PlacementState state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant leaseUntil,
        @Nullable String lastError,
        @Nullable String sectigoOrderNumber,
        @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public Placement {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(state, "state");
    }

    /** A requested order enters the ledger, due at once. */
    public static Placement request(UUID orderId, UUID eventId, @Nullable UUID replacesOrderId, OrderDetails details,
                                    Instant now) {
        return new Placement(orderId, eventId, replacesOrderId, details, PlacementState.PENDING, 0, now, null, null,
                null, null, now, now, null);
    }

    /** A worker takes it for one attempt, alone until the lease ends. */
    public Placement claim(Instant now, Duration lease) {
        return with(PlacementState.IN_FLIGHT, attempts + 1, nextAttemptAt, now.plus(lease), lastError, null, null, now);
    }

    public Placement place(String sectigoNumber, Instant now) {
        return with(PlacementState.PLACED, attempts, nextAttemptAt, null, lastError, sectigoNumber, null, now);
    }

    public Placement fail(FailureReason reason, String error, Instant now) {
        return with(PlacementState.FAILED, attempts, nextAttemptAt, null, error, null, reason.name(), now);
    }

    /** A transient failure: back to the queue, due again at {@code next}. */
    public Placement retryAt(Instant next, String error, Instant now) {
        return with(PlacementState.PENDING, attempts, next, null, error, null, null, now);
    }

    /** Whether {@code claimed} (a worker's copy) still is this row's current attempt. */
    public boolean isAttempt(Placement claimed) {
        return state == PlacementState.IN_FLIGHT && attempts == claimed.attempts;
    }

    private Placement with(PlacementState next, int attempts, Instant nextAttemptAt, @Nullable Instant leaseUntil,
                           @Nullable String error, @Nullable String number, @Nullable String reason, Instant now) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("placement " + orderId + " cannot go from " + state + " to " + next);
        }
        return new Placement(orderId, requestEventId, replacesOrderId, details, next, attempts, nextAttemptAt,
                leaseUntil, error, number, reason, createdAt, now, version);
    }
}
