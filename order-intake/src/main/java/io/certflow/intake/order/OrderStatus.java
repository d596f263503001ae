package io.certflow.intake.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands, in the words of {@code GET /orders/{id}}, and the steps it may take. Events
 * from different topics arrive in any order (Sectigo's status can be read before the placement, the
 * stored certificate after Sectigo's later news), so a status only moves forward: {@link #canMoveTo} refuses a step
 * back or sideways and the aggregate ignores it. FAILED, REJECTED and REVOKED are final; REPLACED
 * can still be revoked. REPLACED and REVOKED are reachable before ISSUED because cert-store's
 * {@code certificate.stored} may arrive after Sectigo's later news; the stored certificate then no
 * longer makes the order ISSUED.
 */
public enum OrderStatus {
    /** Accepted by intake, waiting to be placed with Sectigo. */
    REQUESTED,
    /** Sectigo accepted the order and gave it a number. */
    PLACED,
    /** Sectigo is validating: domain control, organization, callback, click-through or brand. */
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

    /** Sectigo is still working on it: the customer may have something to do. */
    public boolean isInProgress() {
        return this == REQUESTED || this == PLACED || this == VALIDATING;
    }

    /** No event changes it any more. */
    public boolean isFinal() {
        return successors().isEmpty();
    }

    private Set<OrderStatus> successors() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(PLACED, VALIDATING, ISSUED, FAILED, REJECTED, REPLACED, REVOKED);
            case PLACED -> EnumSet.of(VALIDATING, ISSUED, FAILED, REJECTED, REPLACED, REVOKED);
            case VALIDATING -> EnumSet.of(ISSUED, FAILED, REJECTED, REPLACED, REVOKED);
            case ISSUED -> EnumSet.of(REPLACED, REVOKED);
            case REPLACED -> EnumSet.of(REVOKED);
            case FAILED, REJECTED, REVOKED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
