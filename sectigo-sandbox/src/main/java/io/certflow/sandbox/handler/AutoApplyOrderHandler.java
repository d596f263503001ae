package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.order.OrderDesk.Placed;
import io.certflow.sandbox.order.OrderDesk;
import io.certflow.sandbox.order.Placement;
import io.certflow.sandbox.product.ProductCatalogue;
import io.certflow.sandbox.product.Validation;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.AutoApplyRules;
import io.certflow.sandbox.validation.ProductSelection;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Set;

/** !AutoApplyOrder and its alias !AutoApplySSL. */
@Singleton
public class AutoApplyOrderHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final ProductCatalogue catalogue;
    private final SslRequests sslRequests;
    private final OrderDesk desk;

    public AutoApplyOrderHandler(Authenticator authenticator, ProductCatalogue catalogue, SslRequests sslRequests,
                                 OrderDesk desk) {
        this.authenticator = authenticator;
        this.catalogue = catalogue;
        this.sslRequests = sslRequests;
        this.desk = desk;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.AUTO_APPLY_ORDER, Endpoint.AUTO_APPLY_SSL);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        AutoApplyRules.checkRequired(params);
        endpoint.parameters().firstTooLong(params).ifPresent(name -> {
            throw io.certflow.sandbox.protocol.Errors.invalid(name);
        });
        ProductSelection selection = ProductSelection.parse(params, catalogue);
        int days = AutoApplyRules.days(params);
        AutoApplyRules.checkValues(params);
        AutoApplyRules.checkOrganizational(params, selection.certificate());
        SslRequests.SslRequest request = sslRequests.read(params, selection.certificate(), days);
        boolean test = params.flag("test");
        BigDecimal cost = test ? BigDecimal.ZERO.setScale(2) : selection.price(catalogue, days);
        Placed placed = desk.place(new Placement(account.loginName(), selection.certificate(), selection.codes(),
                request.content(), params.text("foreignOrderNumber").orElse(null), params.flag("checkFONIsUnique"),
                test, cost, account.paymentRequired(), !test && !account.paymentRequired(), true,
                params.text("uniqueValue").orElse(null), false, request.organizationName(), null));
        return answer(params, account, placed, cost);
    }

    private static SectigoResponse answer(Params params, Account account, Placed placed, BigDecimal cost) {
        boolean ev = placed.order().details().product().validation() == Validation.EV;
        SectigoResponse.Builder response = SectigoResponse.success(account.paymentRequired() ? 1 : 0);
        if (account.paymentRequired()) {
            response.message("Successful, Payment Required");
        }
        return response.field("orderNumber", placed.order().number())
                .field("totalCost", cost.toPlainString())
                .field("expectedDeliveryTime", ev ? 240 : 1)
                .fieldIf(params.flag("showCertificateID"), "certificateID", placed.order().details().certificateId())
                .fieldIf(params.flag("showCertificateState"), "certificateStatus",
                        placed.order().status().certificateState())
                .fieldIf(placed.uniqueValue() != null, "uniqueValue", placed.uniqueValue())
                .build();
    }
}
