package io.certflow.gateway.sectigo;

import java.util.Map;

/** Sectigo's parameter names → the order's field names (as in {@code POST /orders} and the events). */
final class SectigoFieldNames {

    private static final Map<String, String> ORDER_FIELDS = Map.ofEntries(
            Map.entry("product", "product"), Map.entry("days", "days"), Map.entry("years", "days"),
            Map.entry("csr", "csr"), Map.entry("serverSoftware", "serverSoftware"),
            Map.entry("domainNames", "domainNames"), Map.entry("primaryDomainName", "primaryDomainName"),
            Map.entry("dcvMethod", "dcv.method"), Map.entry("dcvEmailAddress", "dcv.emailAddress"),
            Map.entry("dcvEmailAddresses", "dcv.emailAddresses"), Map.entry("validationTokens", "dcv.method"),
            Map.entry("organizationName", "organization.organizationName"),
            Map.entry("organizationalUnitName", "organization.organizationalUnitName"),
            Map.entry("postOfficeBox", "organization.postOfficeBox"),
            Map.entry("streetAddress1", "organization.streetAddress1"),
            Map.entry("streetAddress2", "organization.streetAddress2"),
            Map.entry("streetAddress3", "organization.streetAddress3"),
            Map.entry("localityName", "organization.localityName"),
            Map.entry("stateOrProvinceName", "organization.stateOrProvinceName"),
            Map.entry("postalCode", "organization.postalCode"), Map.entry("countryName", "organization.countryName"));

    private SectigoFieldNames() {
    }

    /** Null when the parameter is the gateway's own (login, flags): nothing the customer can fix. */
    static String toOrderField(String sectigoName) {
        return ORDER_FIELDS.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(sectigoName.strip()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
