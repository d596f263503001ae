package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.order.OrderDesk;
import io.certflow.sandbox.order.Placement;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.ProductCatalogue;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * !PlaceOrder for S/MIME. reseller=Y: the order waits for !AutoAuthorize, which debits the account;
 * reseller=N: Sectigo charges the customer, the order goes straight to validation.
 */
@Singleton
public class PlaceOrderHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final ProductCatalogue catalogue;
    private final SmimeRequests smimeRequests;
    private final OrderDesk desk;

    public PlaceOrderHandler(Authenticator authenticator, ProductCatalogue catalogue, SmimeRequests smimeRequests,
                             OrderDesk desk) {
        this.authenticator = authenticator;
        this.catalogue = catalogue;
        this.smimeRequests = smimeRequests;
        this.desk = desk;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.PLACE_ORDER);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        Values.required(params, "ap");
        Values.required(params, "reseller");
        Values.yesNo(params, "reseller", "isReturningCustomer", "test", "checkFONIsUnique");
        if (!Values.isEmail(Values.required(params, "emailAddress"))) {
            throw Errors.invalidEmail("emailAddress");
        }
        endpoint.parameters().firstTooLong(params).ifPresent(name -> {
            throw Errors.invalid(name);
        });
        Values.country(params, "countryName");
        Values.country(params, "country");
        PlaceOrderItems.checkSingleItem(params);
        PlaceOrderItems.item(params, "smimeSubjectCN").filter(v -> !v.matches("[YyNn]")).ifPresent(v -> {
            throw Errors.invalid("1_smimeSubjectCN");
        });
        Product product = product(params);
        boolean test = params.flag("test");
        boolean needsAuthorization = params.flag("reseller") && !test;
        BigDecimal cost = test ? BigDecimal.ZERO.setScale(2) : catalogue.price(product, product.fixedDays());
        OrderDesk.Placed placed = desk.place(new Placement(account.loginName(), product, List.of(product.code()),
                smimeRequests.read(params, product), params.text("foreignOrderNumber").orElse(null),
                params.flag("checkFONIsUnique"), test, cost, false, false, false, null, needsAuthorization,
                params.text("organizationName").orElse(null), null));
        return SectigoResponse.success(0).field("orderNumber", placed.order().number()).build();
    }

    private Product product(Params params) {
        String code = PlaceOrderItems.item(params, "PPP").or(() -> PlaceOrderItems.item(params, "ID")).orElseThrow();
        return (code.matches("[0-9]{1,6}") ? catalogue.find(Integer.parseInt(code)) : java.util.Optional.<Product>empty())
                .filter(p -> p.kind() == Product.Kind.SMIME)
                .orElseThrow(() -> Errors.fail(-65, "PlanID for this product not found.", "1_PPP"));
    }
}
