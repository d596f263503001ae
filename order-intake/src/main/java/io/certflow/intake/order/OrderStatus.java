package io.certflow.intake.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands, in the words of {@code GET /orders/{id}}. Events from different topics may
 * arrive in any order (a push is keyed by Sectigo's number, the placement by ours), so a status only
 * moves forward: {@link #canMoveTo} refuses a step back or sideways and the aggregate ignores it.
 */
public enum OrderStatus {
    /** Accepted by intake, waiting to be placed with Sectigo. */
    REQUESTED,
    /** Sectigo accepted the order and gave it a number. */
    PLACED,
    /** Sectigo is validating: domain control, organization, callback or click-through. */
    VALIDATING,
    /** The certificate is verified and stored. */
    ISSUED,
    /** Sectigo refused the order or could not issue it; the reason is on the order. */
    FAILED,
    /** Sectigo rejected the order after review. */
    REJECTED,
    /** A replacement was issued; this order's certificate is superseded. */
    REPLACED,
    /** The certificate was revoked. */
    REVOKED;

    public boolean canMoveTo(OrderStatus next) {
        return successors().contains(next);
    }

    private Set<OrderStatus> successors() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(PLACED, VALIDATING, ISSUED, FAILED, REJECTED);
            case PLACED -> EnumSet.of(VALIDATING, ISSUED, FAILED, REJECTED);
            case VALIDATING -> EnumSet.of(ISSUED, FAILED, REJECTED);
            case ISSUED -> EnumSet.of(REPLACED, REVOKED);
            case REPLACED -> EnumSet.of(REVOKED);
            case FAILED, REJECTED, REVOKED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
