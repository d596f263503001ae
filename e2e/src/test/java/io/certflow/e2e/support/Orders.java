package io.certflow.e2e.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Order JSON as a customer sends it to {@code POST /orders}: a single-domain DV order by default;
 * {@link ProductOrders} makes the other products from it.
 */
public final class Orders {

    public static final String DOMAIN = "shop.example.com";

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Orders(String customerEmail) {
        body.put("type", "SSL");
        body.put("product", 488);
        body.put("days", 365);
        body.put("serverSoftware", -1);
        body.put("csr", Csrs.rsa(DOMAIN));
        body.put("dcv", Map.of("method", "EMAIL", "emailAddress", "admin@example.com"));
        body.put("customer", Map.of("email", customerEmail, "name", "Ada Lovelace", "language", "en"));
    }

    /** A valid DV order for a customer of its own, so that tests never read each other's mail. */
    public static Orders dv() {
        return new Orders(newCustomerEmail());
    }

    public static String newCustomerEmail() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A name of its own under example.com, e.g. {@code ov-1a2b3c4d.example.com}. */
    public static String newDomain(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    public Orders csr(String csr) {
        body.put("csr", csr);
        return this;
    }

    /** Sets (or, with null, removes) one top-level field. */
    public Orders with(String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return this;
    }

    public Orders product(int product) {
        return with("product", product);
    }

    public Orders days(int days) {
        return with("days", days);
    }

    public Orders domainNames(String primary, List<String> names) {
        return with("domainNames", names).with("primaryDomainName", primary);
    }

    @SuppressWarnings("unchecked")
    public String customerEmail() {
        return (String) ((Map<String, Object>) body.get("customer")).get("email");
    }

    public String csr() {
        return (String) body.get("csr");
    }

    public String json() {
        return Http.json(body);
    }
}
