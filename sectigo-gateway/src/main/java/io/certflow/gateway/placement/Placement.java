package io.certflow.gateway.placement;

import io.certflow.events.FailureReason;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.gateway.dcv.DcvFacts;
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
        @Nullable Boolean revokeReplaced,
        @TypeDef(type = DataType.JSON) OrderDetails details,
        @Nullable @TypeDef(type = DataType.JSON) DcvFacts dcvFacts,
        OrderChannel channel,
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
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
    }

    /** A requested order enters the ledger, due at once. */
    public static Placement request(UUID orderId, UUID eventId, @Nullable UUID replacesOrderId, OrderDetails details,
                                    Instant now) {
        return request(orderId, eventId, replacesOrderId, null, details, now);
    }

    public static Placement request(UUID orderId, UUID eventId, @Nullable UUID replacesOrderId,
                                    @Nullable Boolean revokeReplaced, OrderDetails details, Instant now) {
        return request(orderId, eventId, replacesOrderId, revokeReplaced, OrderChannel.API, details, now);
    }

    /** {@code channel} decides the claim lane: interactive (API) orders go before a bulk backlog. */
    public static Placement request(UUID orderId, UUID eventId, @Nullable UUID replacesOrderId,
                                    @Nullable Boolean revokeReplaced, OrderChannel channel, OrderDetails details,
                                    Instant now) {
        return request(orderId, eventId, replacesOrderId, revokeReplaced, channel, details, null, now);
    }

    /** {@code dcvFacts}: what {@code order.requested}'s facts give the DCV instructions, if they need any. */
    public static Placement request(UUID orderId, UUID eventId, @Nullable UUID replacesOrderId,
                                    @Nullable Boolean revokeReplaced, OrderChannel channel, OrderDetails details,
                                    @Nullable DcvFacts dcvFacts, Instant now) {
        return new Placement(orderId, eventId, replacesOrderId, revokeReplaced, details, dcvFacts, channel,
                PlacementState.PENDING, 0, now, null, null, null, null, now, now, null);
    }

    /** A worker takes it for one attempt of its current step, alone until the lease ends. */
    public Placement claim(Instant now, Duration lease) {
        PlacementState next = state.authorizationStep() ? PlacementState.AUTHORIZING : PlacementState.IN_FLIGHT;
        return with(next, attempts + 1, nextAttemptAt, now.plus(lease), lastError, sectigoOrderNumber, null, now);
    }

    public Placement place(String sectigoNumber, Instant now) {
        return with(PlacementState.PLACED, attempts, nextAttemptAt, null, lastError, sectigoNumber, null, now);
    }

    /** Sectigo has the order but processes it only once authorized: that is the next step, due at once. */
    public Placement awaitAuthorization(String sectigoNumber, Instant now) {
        return with(PlacementState.AWAITING_AUTHORIZATION, 0, now, null, null, sectigoNumber, null, now);
    }

    public Placement fail(FailureReason reason, String error, Instant now) {
        return with(PlacementState.FAILED, attempts, nextAttemptAt, null, error, sectigoOrderNumber, reason.name(),
                now);
    }

    /** A transient failure: back to the queue for the same step, due again at {@code next}. */
    public Placement retryAt(Instant next, String error, Instant now) {
        PlacementState queued = state.authorizationStep() ? PlacementState.AWAITING_AUTHORIZATION
                : PlacementState.PENDING;
        return with(queued, attempts, next, null, error, sectigoOrderNumber, null, now);
    }

    /** Whether {@code claimed} (a worker's copy) still is this row's current attempt. */
    public boolean isAttempt(Placement claimed) {
        return state.inFlight() && state == claimed.state && attempts == claimed.attempts;
    }

    /** The step the next attempt makes: authorizing an order Sectigo has, replacing one, or placing it. */
    public PlacementStep step() {
        if (state.authorizationStep()) {
            return PlacementStep.AUTHORIZE;
        }
        return replacesOrderId != null ? PlacementStep.REPLACE : PlacementStep.PLACE;
    }

    public boolean isPlaced() {
        return state == PlacementState.PLACED;
    }

    public boolean hasFailed() {
        return state == PlacementState.FAILED;
    }

    private Placement with(PlacementState next, int attempts, Instant nextAttemptAt, @Nullable Instant leaseUntil,
                           @Nullable String error, @Nullable String number, @Nullable String reason, Instant now) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("placement " + orderId + " cannot go from " + state + " to " + next);
        }
        return new Placement(orderId, requestEventId, replacesOrderId, revokeReplaced, details, dcvFacts, channel, next,
                attempts, nextAttemptAt, leaseUntil, error, number, reason, createdAt, now, version);
    }
}
