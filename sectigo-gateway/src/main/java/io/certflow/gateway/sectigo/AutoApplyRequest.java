package io.certflow.gateway.sectigo;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An order in {@code !AutoApplyOrder}'s parameters (without the login, which the client adds).
 * {@code foreignOrderNumber} is our order id with {@code checkFONIsUnique=Y}, and {@code uniqueValue}
 * is derived from it too: a repeated attempt can never become a second order, and the CSR-hash DCV
 * values are known before Sectigo answers.
 */
public final class AutoApplyRequest {

    static final String OTHER_SERVER_SOFTWARE = "-1";

    private AutoApplyRequest() {
    }

    /** The request token part the gateway uses for an order: its id's first 20 hex digits. */
    public static String uniqueValueOf(UUID orderId) {
        return orderId.toString().replace("-", "").substring(0, 20);
    }

    public static Map<String, String> parameters(UUID orderId, OrderDetails order, SectigoProperties settings) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("product", String.valueOf(order.product()));
        p.put("days", String.valueOf(order.days()));
        p.put("csr", order.csr());
        p.put("serverSoftware", order.serverSoftware() == null ? OTHER_SERVER_SOFTWARE
                : String.valueOf(order.serverSoftware()));
        p.put("isCustomerValidated", "N");
        if (!order.domainNames().isEmpty()) {
            p.put("domainNames", String.join(",", order.domainNames()));
        }
        putIfPresent(p, "primaryDomainName", order.primaryDomainName());
        dcv(p, order);
        organization(p, order.organization());
        p.put("uniqueValue", uniqueValueOf(orderId));
        p.put("foreignOrderNumber", orderId.toString());
        p.put("checkFONIsUnique", "Y");
        p.put("emailAddress", settings.emailAddress());
        p.put("showCertificateID", "Y");
        p.put("responseFormat", "1");
        p.put("test", settings.testOrders() ? "Y" : "N");
        return p;
    }

    private static void dcv(Map<String, String> p, OrderDetails order) {
        Dcv dcv = order.dcv();
        if (dcv == null || dcv.method() == null) {
            return;
        }
        p.put("dcvMethod", dcv.method().name());
        if (dcv.method() == DcvMethod.EMAIL) {
            putIfPresent(p, "dcvEmailAddress", dcv.emailAddress());
            if (!dcv.emailAddresses().isEmpty()) {
                p.put("dcvEmailAddresses", String.join(",", dcv.emailAddresses()));
            }
        }
    }

    private static void organization(Map<String, String> p, Organization o) {
        if (o == null) {
            return;
        }
        putIfPresent(p, "organizationName", o.organizationName());
        putIfPresent(p, "organizationalUnitName", o.organizationalUnitName());
        putIfPresent(p, "postOfficeBox", o.postOfficeBox());
        putIfPresent(p, "streetAddress1", o.streetAddress1());
        putIfPresent(p, "streetAddress2", o.streetAddress2());
        putIfPresent(p, "streetAddress3", o.streetAddress3());
        putIfPresent(p, "localityName", o.localityName());
        putIfPresent(p, "stateOrProvinceName", o.stateOrProvinceName());
        putIfPresent(p, "postalCode", o.postalCode());
        putIfPresent(p, "countryName", o.countryName());
    }

    private static void putIfPresent(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value);
        }
    }
}
