package io.certflow.intake.order;

import io.certflow.access.Caller;
import io.certflow.events.OrderDetails;
import io.certflow.events.RevocationReason;
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
 * An order as intake keeps it: what was ordered, where it stands, what Sectigo said and what the
 * customer asked for since, and whose it is ({@code tenant}: null for orders written before tenants,
 * which only operators see). Immutable: every method answers the next state. Steps reported by other
 * services answer this same instance when {@link OrderStatus} does not allow them (a late or repeated
 * event), so callers tell a change by identity; a customer's request that the state does not allow
 * throws {@link OrderStateException}. Optimistic locking ({@link Version}) keeps two writers from
 * overwriting each other's step.
 */
@MappedEntity("orders")
public record Order(
        @Id UUID id,
        @Nullable String tenant,
        @Nullable String requestId,
        @Nullable String requestFingerprint,
        OrderStatus status,
        @TypeDef(type = DataType.JSON) OrderDetails details,
        @Nullable String sectigoOrderNumber,
        @Nullable @Relation(Relation.Kind.EMBEDDED) Failure failure,
        @Nullable @TypeDef(type = DataType.JSON) NextStep nextStep,
        @Nullable UUID replacesOrderId,
        @Nullable UUID replacedByOrderId,
        @Nullable @Relation(Relation.Kind.EMBEDDED) PendingRevocation revocation,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
    }

    /**
     * A validated order enters the system, filed under {@code tenant} (null only for the replacement of
     * an order written before tenants); {@code replacesOrderId} names the order it replaces, if any.
     */
    public static Order accept(UUID id, @Nullable String tenant, @Nullable String requestId,
                               @Nullable String requestFingerprint, OrderDetails details,
                               @Nullable UUID replacesOrderId, Instant now) {
        return new Order(id, tenant, requestId, requestFingerprint, OrderStatus.REQUESTED, details, null, null,
                null, replacesOrderId, null, null, now, now, null);
    }

    /**
     * Whether {@code caller} may see and act on this order. One the caller may not see must be answered
     * exactly like one that does not exist, so nothing tells a tenant another's order ids.
     */
    public boolean isVisibleTo(Caller caller) {
        return caller.sees(tenant);
    }

    /**
     * Records Sectigo's number and the DCV instructions, also when a status already moved the order
     * past PLACED (the placement comes on another topic and can be read later); a step a status
     * already asked for is kept. A repeated placement changes nothing.
     */
    public Order placeWith(String sectigoNumber, @Nullable NextStep dcv, Instant at) {
        NextStep step = !status.isInProgress() ? null : nextStep != null ? nextStep : dcv;
        if (sectigoNumber.equals(sectigoOrderNumber) && Objects.equals(step, nextStep)
                && !status.canMoveTo(OrderStatus.PLACED)) {
            return this;
        }
        return new Order(id, tenant, requestId, requestFingerprint, status, details, sectigoNumber, failure, step,
                replacesOrderId, replacedByOrderId, revocation, createdAt, at, version)
                .moveTo(OrderStatus.PLACED, failure, at);
    }

    /**
     * A status from Sectigo names the order's number too, and may be read before the order's
     * placement: the number is shown from then on. The placement's number, once recorded, stands.
     */
    public Order knownToSectigoAs(String sectigoNumber, Instant at) {
        if (sectigoOrderNumber != null) {
            return this;
        }
        return new Order(id, tenant, requestId, requestFingerprint, status, details, sectigoNumber, failure, nextStep,
                replacesOrderId, replacedByOrderId, revocation, createdAt, at, version);
    }

    public Order startValidation(Instant at) {
        return moveTo(OrderStatus.VALIDATING, failure, at);
    }

    /** Sectigo waits for the customer (callback, click-through) or for its own check (brand): VALIDATING, with that step. */
    public Order awaitStep(NextStep step, Instant at) {
        if (!status.isInProgress()) {
            return this;
        }
        return new Order(id, tenant, requestId, requestFingerprint, OrderStatus.VALIDATING, details, sectigoOrderNumber,
                failure, step, replacesOrderId, replacedByOrderId, revocation, createdAt, at, version);
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

    /** Only an issued certificate can be replaced; the replacement is a new order naming this one. */
    public Order replacedBy(UUID replacementId, Instant at) {
        requireIssued("replaced");
        return new Order(id, tenant, requestId, requestFingerprint, status, details, sectigoOrderNumber, failure,
                nextStep, replacesOrderId, replacementId, revocation, createdAt, at, version);
    }

    /**
     * Only an issued certificate can be revoked; asking again while Sectigo has not answered changes
     * nothing, asking again after a refusal is a new request.
     */
    public Order requestRevocation(RevocationReason reason, @Nullable String comment, Instant at) {
        requireIssued("revoked");
        if (isRevocationPending()) {
            return this;
        }
        return withRevocation(PendingRevocation.ask(reason, comment, at), at);
    }

    /**
     * The revocation asked for did not happen; the certificate stays as it is. Also recorded once the
     * order is REPLACED, so the asked-for revocation does not look pending forever; a refusal with
     * nothing asked, already refused or after REVOKED is a late report.
     */
    public Order revocationRefused(String why, Instant at) {
        if (revocation == null || revocation.isRefused() || status == OrderStatus.REVOKED) {
            return this;
        }
        return withRevocation(revocation.refuse(why, at), at);
    }

    public boolean isRevocationPending() {
        return revocation != null && !revocation.isRefused() && status == OrderStatus.ISSUED;
    }

    private Order withRevocation(PendingRevocation next, Instant at) {
        return new Order(id, tenant, requestId, requestFingerprint, status, details, sectigoOrderNumber, failure,
                nextStep, replacesOrderId, replacedByOrderId, next, createdAt, at, version);
    }

    private void requireIssued(String verb) {
        if (status != OrderStatus.ISSUED) {
            throw new OrderStateException(id, status, verb);
        }
    }

    private Order moveTo(OrderStatus next, @Nullable Failure why, Instant at) {
        if (!status.canMoveTo(next)) {
            return this;
        }
        NextStep step = next.isInProgress() ? nextStep : null;
        return new Order(id, tenant, requestId, requestFingerprint, next, details, sectigoOrderNumber, why, step,
                replacesOrderId, replacedByOrderId, revocation, createdAt, at, version);
    }
}
