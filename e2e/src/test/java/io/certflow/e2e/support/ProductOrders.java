package io.certflow.e2e.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid orders of every product family, as a customer would send them (field names of
 * {@code io.certflow.events.OrderDetails}). Each names a domain or mailbox given by the test, so
 * that one test's certificate, Sectigo order and mail are never mistaken for another's.
 */
public final class ProductOrders {

    /** example.com's approver address is allowed for every name below it. */
    public static final String APPROVER = "admin@example.com";
    public static final String ORGANIZATION_NAME = "Analytical Engines Ltd";

    private ProductOrders() {
    }

    /** DV SectigoSSL (488) for {@code domain}, validated by email. */
    public static Orders dv(String domain) {
        return Orders.dv().csr(Csrs.rsa(domain));
    }

    /** DV SectigoSSL Wildcard (489) for {@code *.baseDomain}. */
    public static Orders dvWildcard(String baseDomain) {
        return Orders.dv().product(489).csr(Csrs.rsa("*." + baseDomain));
    }

    /** DV SectigoSSL (488) bundled with a CodeGuard Personal account (700) for one domain. */
    public static Orders dvWithCodeGuard(String domain) {
        return dv(domain)
                .with("bundle", Map.of("codeGuard", Map.of("product", 700, "domains", 1)))
                .with("applicantRepresentative", Map.of("emailAddress", "webmaster@example.com"));
    }

    /**
     * OV SectigoSSL Multi Domain (583) for {@code names} (the first is the primary name and the CSR's
     * CN), every name validated by a DNS CNAME record.
     */
    public static Orders ovMultiDomainByCname(List<String> names) {
        return Orders.dv().product(583).csr(Csrs.rsa(names.get(0)))
                .domainNames(names.get(0), names)
                .with("dcv", Map.of("method", "CNAME_CSR_HASH"))
                .with("organization", organization())
                .with("applicantRepresentative", applicantRepresentative());
    }

    /** EV SectigoSSL (337) for {@code domain}: a private organization incorporated in England. */
    public static Orders ev(String domain) {
        Map<String, Object> organization = organization();
        organization.put("companyNumber", "01234567");
        organization.put("incorporation", Map.of("localityName", "London", "countryName", "GB",
                "dateOfIncorporation", "1843-07-01", "businessCategory", "PRIVATE_ORGANIZATION"));
        return dv(domain).product(337)
                .with("organization", organization)
                .with("applicantRepresentative", applicantRepresentative());
    }

    /** Mailbox-validated S/MIME (2411, one year) for {@code mailbox}; no days, no DCV, no server software. */
    public static Orders smimeMailbox(String mailbox) {
        return Orders.dv().with("type", "SMIME").product(2411).csr(Csrs.smime(mailbox))
                .with("days", null).with("serverSoftware", null).with("dcv", null)
                .with("smime", Map.of("emailAddresses", List.of(mailbox)));
    }

    private static Map<String, Object> organization() {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("organizationName", ORGANIZATION_NAME);
        organization.put("streetAddress1", "12 St James's Square");
        organization.put("localityName", "London");
        organization.put("stateOrProvinceName", "Greater London");
        organization.put("postalCode", "SW1Y 4LB");
        organization.put("countryName", "GB");
        return organization;
    }

    private static Map<String, Object> applicantRepresentative() {
        return Map.of("forename", "Ada", "surname", "Lovelace", "emailAddress", "ada@example.com",
                "telephone", "+44 20 7946 0000", "title", "Director");
    }
}
