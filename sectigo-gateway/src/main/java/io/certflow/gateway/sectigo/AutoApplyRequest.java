package io.certflow.gateway.sectigo;

import io.certflow.events.OrderDetails;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An SSL order in {@code !AutoApplyOrder}'s parameters (without the login, which the client adds).
 * {@code foreignOrderNumber} is our order id with {@code checkFONIsUnique=Y}, and {@code uniqueValue}
 * is derived from it too: a repeated attempt can never become a second order, and the CSR-hash DCV
 * values are known before Sectigo answers. Subject, applicant representative, DCV and bundle
 * parameters come from {@link AutoApplySubject}, {@link AutoApplyDcv} and {@link AutoApplyBundle}.
 */
final class AutoApplyRequest {

    static final String OTHER_SERVER_SOFTWARE = "-1";

    private AutoApplyRequest() {
    }

    /** The request token part the gateway uses for an order: its id's first 20 hex digits. */
    public static String uniqueValueOf(UUID orderId) {
        return orderId.toString().replace("-", "").substring(0, 20);
    }

    /** @throws InvalidOrderException when the order cannot be expressed in Sectigo's parameters */
    public static Map<String, String> parameters(UUID orderId, OrderDetails order, SectigoProperties settings) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("product", AutoApplyBundle.productList(order));
        p.put("days", String.valueOf(order.days()));
        p.put("csr", order.csr());
        p.put("serverSoftware", serverSoftware(order));
        p.put("isCustomerValidated", "N");
        if (!order.domainNames().isEmpty()) {
            p.put("domainNames", String.join(",", order.domainNames()));
        }
        FormParameters.put(p, "primaryDomainName", order.primaryDomainName());
        AutoApplyDcv.put(p, order);
        AutoApplySubject.putOrganization(p, order.organization());
        AutoApplySubject.putApplicantRepresentative(p, order.applicantRepresentative());
        AutoApplyBundle.putAddOns(p, order.bundle());
        p.put("uniqueValue", uniqueValueOf(orderId));
        p.put("foreignOrderNumber", orderId.toString());
        p.put("checkFONIsUnique", "Y");
        p.put("emailAddress", settings.emailAddress());
        p.put("showCertificateID", "Y");
        p.put("responseFormat", "1");
        p.put("test", settings.testOrders() ? "Y" : "N");
        return p;
    }

    static String serverSoftware(OrderDetails order) {
        return order.serverSoftware() == null ? OTHER_SERVER_SOFTWARE : String.valueOf(order.serverSoftware());
    }
}
