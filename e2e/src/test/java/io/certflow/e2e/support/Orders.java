package io.certflow.e2e.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Order JSON as a customer sends it to {@code POST /orders}: a single-domain DV order by default. */
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

    public Orders csr(String csr) {
        body.put("csr", csr);
        return this;
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
