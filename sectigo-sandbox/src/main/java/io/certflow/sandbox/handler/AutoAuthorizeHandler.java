package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderActions;
import io.certflow.sandbox.protocol.Params;
import jakarta.inject.Singleton;

import java.util.Set;

/** !AutoAuthorize: releases a PlaceOrder order placed with reseller=Y and debits the account. */
@Singleton
public class AutoAuthorizeHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final OrderLookup lookup;
    private final OrderActions actions;

    public AutoAuthorizeHandler(Authenticator authenticator, OrderLookup lookup, OrderActions actions) {
        this.authenticator = authenticator;
        this.lookup = lookup;
        this.actions = actions;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.AUTO_AUTHORIZE);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        Order order = lookup.byNumber(params, account);
        actions.authorize(order);
        return SectigoResponse.success(0).field("orderNumber", order.number())
                .field("totalCost", order.details().cost().toPlainString()).build();
    }
}
