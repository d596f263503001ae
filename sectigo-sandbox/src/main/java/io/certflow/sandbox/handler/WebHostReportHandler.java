package io.certflow.sandbox.handler;

import io.certflow.sandbox.account.Account;
import io.certflow.sandbox.account.Authenticator;
import io.certflow.sandbox.api.Endpoint;
import io.certflow.sandbox.api.EndpointHandler;
import io.certflow.sandbox.api.SectigoResponse;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.order.OrderView;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.validation.Values;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * !WebHostReport: the account's orders, filtered by placing time (notBefore / notAfter, UNIX
 * seconds), order numbers, foreignOrderNumber, FQDN and organization patterns ({@code _} and
 * {@code %} wildcards), paged by firstResultNo / lastResultNo; answered with indexed keys.
 */
@Singleton
public class WebHostReportHandler implements EndpointHandler {

    private final Authenticator authenticator;
    private final OrderStore orders;

    public WebHostReportHandler(Authenticator authenticator, OrderStore orders) {
        this.authenticator = authenticator;
        this.orders = orders;
    }

    @Override
    public Set<Endpoint> endpoints() {
        return Set.of(Endpoint.WEB_HOST_REPORT);
    }

    @Override
    public SectigoResponse handle(Endpoint endpoint, Params params) {
        Account account = authenticator.login(endpoint, params);
        ReportFilter filter = ReportFilter.of(params);
        int first = Values.integer(params, "firstResultNo").orElse(1);
        int last = Values.integer(params, "lastResultNo").orElse(Integer.MAX_VALUE);
        List<OrderView> matching = orders.all().stream().map(o -> o.view())
                .filter(v -> v.loginName().equals(account.loginName())).filter(filter::matches).toList();
        List<OrderView> page = matching.stream().skip(Math.max(0, first - 1L))
                .limit(Math.max(0, (long) last - Math.max(1, first) + 1)).toList();
        SectigoResponse.Builder response = SectigoResponse.success(0).field("noOfResults", page.size());
        for (int i = 0; i < page.size(); i++) {
            add(response, i + 1, page.get(i));
        }
        return response.build();
    }

    private static void add(SectigoResponse.Builder response, int index, OrderView order) {
        String order_ = index + "_";
        String cert = order_ + "1_";
        response.field(order_ + "orderNumber", order.orderNumber())
                .fieldIf(order.foreignOrderNumber() != null, order_ + "foreignOrderNumber", order.foreignOrderNumber())
                .field(order_ + "dateTime", order.placedAt().getEpochSecond())
                .fieldIf(order.organizationName() != null, order_ + "organizationName", order.organizationName())
                .field(order_ + "noOfCertificates", 1)
                .field(cert + "certificateID", order.certificateId())
                .field(cert + "product", order.product())
                .field(cert + "status", order.certificateState())
                .field(cert + "fqdn", fqdn(order))
                .fieldIf(order.serialNumber() != null, cert + "serialNumber", order.serialNumber())
                .fieldIf(order.notBefore() != null, cert + "notBefore",
                        order.notBefore() == null ? 0 : order.notBefore().getEpochSecond())
                .fieldIf(order.notAfter() != null, cert + "notAfter",
                        order.notAfter() == null ? 0 : order.notAfter().getEpochSecond());
    }

    static String fqdn(OrderView order) {
        if (!order.dnsNames().isEmpty()) {
            return order.dnsNames().get(0);
        }
        if (!order.ipAddresses().isEmpty()) {
            return order.ipAddresses().get(0);
        }
        return order.emails().isEmpty() ? "" : order.emails().get(0);
    }
}
