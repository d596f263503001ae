package io.certflow.intake.order;

import java.util.UUID;

/** A customer asked for a step the order's status does not allow (e.g. revoking a certificate not yet issued). */
public final class OrderStateException extends RuntimeException {

    private final OrderStatus status;

    public OrderStateException(UUID orderId, OrderStatus status, String verb) {
        super("Order " + orderId + " is " + status + "; only an ISSUED order's certificate can be " + verb);
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }
}
