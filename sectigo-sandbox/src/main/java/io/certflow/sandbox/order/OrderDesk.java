package io.certflow.sandbox.order;

import io.certflow.sandbox.account.AccountStore;
import io.certflow.sandbox.protocol.Errors;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Creates orders: request-token uniqueness (-55), foreignOrderNumber uniqueness, the charge (-15),
 * then the order itself. One placement at a time, so the uniqueness checks cannot race.
 */
@Singleton
public class OrderDesk {

    public record Placed(Order order, String uniqueValue) {
    }

    private final OrderStore orders;
    private final AccountStore accounts;
    private final OrderLifecycle lifecycle;

    public OrderDesk(OrderStore orders, AccountStore accounts, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
    }

    public synchronized Placed place(Placement p, String orderNumber) {
        String uniqueValue = p.requestToken() ? uniqueValue(p) : p.uniqueValue();
        String fon = p.foreignOrderNumber();
        if (fon != null) {
            orders.claimForeignOrderNumber(p.loginName(), fon, p.foreignOrderNumberUnique());
        }
        try {
            if (p.charge() && p.cost().signum() > 0) {
                accounts.charge(p.loginName(), p.cost());
            }
        } catch (RuntimeException e) {
            if (fon != null) {
                orders.releaseForeignOrderNumber(p.loginName(), fon);
            }
            throw e;
        }
        if (p.requestToken()) {
            orders.claimRequestToken(p.content().csr().fingerprint(), uniqueValue);
        }
        Order order = new Order(new OrderDetails(orderNumber, orders.nextCertificateId(), p.loginName(), p.product(),
                p.productCodes(), p.content(), fon, p.test(), p.cost(), p.paymentRequired(), uniqueValue,
                p.replaces(), p.needsAuthorization(), p.organizationName(), Instant.now()),
                p.needsAuthorization() ? OrderStatus.AWAITING_AUTHORIZATION : OrderStatus.AWAITING_VALIDATION);
        orders.save(order);
        lifecycle.awaitValidation(order);
        return new Placed(order, uniqueValue);
    }

    public Placed place(Placement p) {
        return place(p, orders.nextOrderNumber());
    }

    /** A given uniqueValue must be new for this CSR; none given and the CSR seen before: we make one. */
    private String uniqueValue(Placement p) {
        String fingerprint = p.content().csr().fingerprint();
        if (p.uniqueValue() != null) {
            if (!p.uniqueValue().matches("[A-Za-z0-9]{1,20}")) {
                throw Errors.invalid("uniqueValue");
            }
            if (orders.requestTokenUsed(fingerprint, p.uniqueValue())) {
                throw Errors.requestTokenNotUnique();
            }
            return p.uniqueValue();
        }
        return orders.csrUsedBefore(fingerprint) ? OrderLifecycle.randomText(10) : null;
    }
}
