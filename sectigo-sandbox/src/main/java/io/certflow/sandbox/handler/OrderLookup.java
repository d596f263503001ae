package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Finds the caller's order by orderNumber or certificateID; another account's order is unknown (-4). */
@Singleton
public class OrderLookup {

    private final OrderStore orders;

    public OrderLookup(OrderStore orders) {
        this.orders = orders;
    }

    public Order byNumber(Params params, Account account) {
        String number = params.text("orderNumber").orElseThrow(() -> Errors.missing("orderNumber"));
        return owned(orders.find(number), account).orElseThrow(() -> Errors.invalid("orderNumber"));
    }

    public Order byNumberOrCertificateId(Params params, Account account) {
        if (params.has("orderNumber")) {
            return byNumber(params, account);
        }
        String id = params.text("certificateID").orElseThrow(() -> Errors.missing("orderNumber"));
        Optional<Order> order = id.matches("[0-9]{1,16}") ? orders.findByCertificateId(Long.parseLong(id))
                : Optional.empty();
        return owned(order, account).orElseThrow(() -> Errors.invalid("certificateID"));
    }

    private static Optional<Order> owned(Optional<Order> order, Account account) {
        return order.filter(o -> o.details().loginName().equals(account.loginName()));
    }
}
