package io.certflow.gateway.placement;

/** Where one order stands in the gateway's ledger. */
public enum PlacementState {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** A worker holds it until {@code leaseUntil}; after that another worker may take it up again. */
    IN_FLIGHT,
    /** Sectigo has the order; {@code order.placed} is in the outbox. */
    PLACED,
    /** Given up for good; {@code order.failed} is in the outbox. */
    FAILED;

    boolean canMoveTo(PlacementState next) {
        return switch (this) {
            case PENDING -> next == IN_FLIGHT;
            case IN_FLIGHT -> true;
            case PLACED, FAILED -> false;
        };
    }
}
