package io.certflow.sandbox.order;

import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.protocol.Errors;
import jakarta.inject.Singleton;

/** What callers do to existing orders: authorize, revoke, replace. Each pushes what Sectigo would. */
@Singleton
public class OrderActions {

    private final AccountStore accounts;
    private final OrderLifecycle lifecycle;
    private final OrderEvents events;

    public OrderActions(AccountStore accounts, OrderLifecycle lifecycle, OrderEvents events) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    /** Debits the account (-15 when short) and starts validation. */
    public void authorize(Order order) {
        synchronized (order) {
            if (order.status() != OrderStatus.AWAITING_AUTHORIZATION) {
                throw Errors.wrongState();
            }
            if (order.details().cost().signum() > 0) {
                accounts.charge(order.details().loginName(), order.details().cost());
            }
            order.authorize();
        }
        lifecycle.awaitValidation(order);
    }

    public void revoke(Order order, String reason) {
        synchronized (order) {
            if (order.status() != OrderStatus.REPLACED) {
                checkHasCertificate(order);
            }
            order.revoke(reason);
            events.raise(order, PushStatus.REVOKED, null);
        }
    }

    /** Marks the old order replaced (or revoked, with revokeOldOrder=Y) once its replacement exists. */
    public void replaced(Order old, String newOrderNumber, boolean revokeOld) {
        synchronized (old) {
            if (revokeOld) {
                old.revoke("replaced");
                events.raise(old, PushStatus.REVOKED, null);
            } else {
                old.replaceBy(newOrderNumber);
                events.raise(old, PushStatus.REPLACED, null);
            }
        }
    }

    /** -20 revoked, -22 not issued yet, -136 any other state without a live certificate. */
    public void checkHasCertificate(Order order) {
        switch (order.status()) {
            case ISSUED -> { }
            case REVOKED -> throw Errors.certificateRevoked();
            case AWAITING_VALIDATION, AWAITING_AUTHORIZATION -> throw Errors.beingIssued();
            default -> throw Errors.wrongState();
        }
    }
}
