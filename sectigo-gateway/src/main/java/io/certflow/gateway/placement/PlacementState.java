package io.certflow.gateway.placement;

/** Where one order stands in the gateway's ledger. */
public enum PlacementState {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** A worker holds it until {@code leaseUntil}; after that another worker may take it up again. */
    IN_FLIGHT,
    /**
     * S/MIME placed with {@code reseller=Y}: Sectigo has the order ({@code sectigoOrderNumber}) but
     * processes it only once authorized; the authorization is due at {@code nextAttemptAt}.
     */
    AWAITING_AUTHORIZATION,
    /** A worker is authorizing it, alone until {@code leaseUntil}. */
    AUTHORIZING,
    /** Sectigo has the order; {@code order.placed} is in the outbox. */
    PLACED,
    /** Given up for good; {@code order.failed} is in the outbox. */
    FAILED;

    boolean canMoveTo(PlacementState next) {
        return switch (this) {
            case PENDING -> next == IN_FLIGHT;
            case AWAITING_AUTHORIZATION -> next == AUTHORIZING;
            case IN_FLIGHT -> next != AUTHORIZING;
            case AUTHORIZING -> next != IN_FLIGHT && next != PENDING;
            case PLACED, FAILED -> false;
        };
    }

    boolean inFlight() {
        return this == IN_FLIGHT || this == AUTHORIZING;
    }

    boolean authorizationStep() {
        return this == AWAITING_AUTHORIZATION || this == AUTHORIZING;
    }
}
