package io.certflow.gateway.sectigo;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sectigo's parameter names → the order's field names (as in {@code POST /orders} and the events).
 * PlaceOrder's item parameters ({@code 1_csr}, {@code _1_smimeEmailAddresses}) are matched without
 * their item prefix.
 */
final class SectigoFieldNames {

    private static final Map<String, String> ORDER_FIELDS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        add("product", "product", "PPP", "product", "ID", "product");
        add("days", "days", "years", "days", "csr", "csr", "serverSoftware", "serverSoftware");
        add("domainNames", "domainNames", "primaryDomainName", "primaryDomainName");
        add("dcvMethod", "dcv.method", "dcvEmailAddress", "dcv.emailAddress", "dcvEmailAddresses",
                "dcv.emailAddresses", "validationTokens", "dcv.method");
        for (String name : new String[]{"organizationName", "organizationalUnitName", "postOfficeBox",
                "streetAddress1", "streetAddress2", "streetAddress3", "localityName", "stateOrProvinceName",
                "postalCode", "countryName", "assumedName", "companyNumber", "dunsNumber",
                "organizationIdentifier"}) {
            add(name, "organization." + name);
            add("appRep" + name, "applicantRepresentative.organization." + name);
        }
        add("joiLocalityName", "organization.incorporation.localityName",
                "joiStateOrProvinceName", "organization.incorporation.stateOrProvinceName",
                "joiCountryName", "organization.incorporation.countryName",
                "dateOfIncorporation", "organization.incorporation.dateOfIncorporation",
                "businessCategory", "organization.incorporation.businessCategory");
        add("appRepForename", "applicantRepresentative.forename", "appRepSurname", "applicantRepresentative.surname",
                "appRepEmailAddress", "applicantRepresentative.emailAddress",
                "appRepTelephone", "applicantRepresentative.telephone", "appRepTitle", "applicantRepresentative.title",
                "appRepFax", "applicantRepresentative.fax", "callbackMethod", "applicantRepresentative.callbackMethod",
                "isAppRepValidated", "applicantRepresentative.validated",
                "isCallbackCompleted", "applicantRepresentative.callbackCompleted");
        add("idaEmailAddress", "bundle.trustLogo.idaEmailAddress", "idaTelephoneNumber",
                "bundle.trustLogo.idaTelephoneNumber", "idaFaxNumber", "bundle.trustLogo.idaFaxNumber",
                "domains", "bundle.codeGuard.domains", "appRepLoginName", "bundle.hackerGuardian.loginName",
                "IP Addresses", "bundle.hackerGuardian.additionalIpAddresses");
        add("smimeEmailAddresses", "smime.emailAddresses", "smimeSubjectEmail", "smime.subjectEmail",
                "smimeSubjectCN", "smime.organizationInCommonName");
    }

    private SectigoFieldNames() {
    }

    /** Null when the parameter is the gateway's own (login, flags): nothing the customer can fix. */
    static String toOrderField(String sectigoName) {
        String name = sectigoName.strip().replaceFirst("^_?[0-9]+_", "");
        return ORDER_FIELDS.get(name.toLowerCase(Locale.ROOT));
    }

    private static void add(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            ORDER_FIELDS.put(pairs[i].toLowerCase(Locale.ROOT), pairs[i + 1]);
        }
    }
}
