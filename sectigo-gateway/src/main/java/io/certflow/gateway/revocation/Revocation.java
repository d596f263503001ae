package io.certflow.gateway.revocation;

import io.certflow.events.RevocationReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One requested revocation in the gateway's ledger, worked off like a placement: claimed under a
 * lease, retried with backoff, ending REVOKED or REFUSED (which a new request reopens). Immutable;
 * {@link Version} keeps two workers from both recording an outcome.
 */
@MappedEntity("revocation")
public record Revocation(
        @Id UUID orderId,
        UUID requestEventId,
        RevocationReason reason,
        @Nullable String comment,
        RevocationState state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant leaseUntil,
        @Nullable String lastError,
        @Nullable String sectigoOrderNumber,
        @Nullable Instant revokedAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public Revocation {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
    }

    public static Revocation request(UUID orderId, UUID eventId, RevocationReason reason, @Nullable String comment,
                                     Instant now) {
        return new Revocation(orderId, eventId, reason, comment, RevocationState.PENDING, 0, now, null, null, null,
                null, now, now, null);
    }

    /** A new request after a refusal: a fresh budget of attempts, due at once. */
    public Revocation askAgain(UUID eventId, RevocationReason newReason, @Nullable String newComment, Instant now) {
        if (state != RevocationState.REFUSED) {
            return this;
        }
        return new Revocation(orderId, eventId, newReason, newComment, RevocationState.PENDING, 0, now, null,
                lastError, sectigoOrderNumber, null, createdAt, now, version);
    }

    public Revocation claim(Instant now, Duration lease) {
        return with(RevocationState.IN_FLIGHT, attempts + 1, nextAttemptAt, now.plus(lease), lastError,
                sectigoOrderNumber, null, now);
    }

    public Revocation revoke(String sectigoNumber, Instant now) {
        return with(RevocationState.REVOKED, attempts, nextAttemptAt, null, null, sectigoNumber, now, now);
    }

    public Revocation refuse(@Nullable String sectigoNumber, String error, Instant now) {
        return with(RevocationState.REFUSED, attempts, nextAttemptAt, null, error, sectigoNumber, null, now);
    }

    public Revocation retryAt(Instant next, String error, Instant now) {
        return with(RevocationState.PENDING, attempts, next, null, error, sectigoOrderNumber, null, now);
    }

    public boolean isAttempt(Revocation claimed) {
        return state == RevocationState.IN_FLIGHT && attempts == claimed.attempts;
    }

    private Revocation with(RevocationState next, int attempts, Instant nextAttemptAt, @Nullable Instant leaseUntil,
                            @Nullable String error, @Nullable String number, @Nullable Instant revoked, Instant now) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("revocation of " + orderId + " cannot go from " + state + " to " + next);
        }
        return new Revocation(orderId, requestEventId, reason, comment, next, attempts, nextAttemptAt, leaseUntil,
                error, number, revoked, createdAt, now, version);
    }
}
