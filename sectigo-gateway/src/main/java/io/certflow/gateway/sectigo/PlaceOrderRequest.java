package io.certflow.gateway.sectigo;

import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.events.Smime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.certflow.gateway.sectigo.FormParameters.put;
import static io.certflow.gateway.sectigo.FormParameters.putYesNo;

/**
 * An S/MIME order in {@code !PlaceOrder}'s parameters (without the login): the reseller fields, one
 * item ({@code 1_PPP}, {@code 1_csr}, {@code 1_smimeEmailAddresses} …) and, for the
 * organization-validated products 243 / 2432, the organization and {@code 1_organizationIdentifier}.
 * Like every order it carries {@code foreignOrderNumber} = our order id with {@code checkFONIsUnique=Y}.
 */
final class PlaceOrderRequest {

    static final Set<Integer> ORGANIZATION_VALIDATED = Set.of(243, 2432);

    private PlaceOrderRequest() {
    }

    public static Map<String, String> parameters(UUID orderId, OrderDetails order, SectigoProperties settings,
                                                 SmimeProperties smime) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ap", smime.brand());
        p.put("reseller", smime.reseller() ? "Y" : "N");
        p.put("emailAddress", smime.contactEmail());
        boolean organizationValidated = ORGANIZATION_VALIDATED.contains(order.product());
        if (organizationValidated) {
            organization(p, order.organization());
        }
        p.put("1_PPP", String.valueOf(order.product()));
        p.put("1_csr", order.csr());
        item(p, order.smime(), organizationValidated);
        if (organizationValidated && order.organization() != null) {
            put(p, "1_organizationIdentifier", order.organization().organizationIdentifier());
        }
        p.put("foreignOrderNumber", orderId.toString());
        p.put("checkFONIsUnique", "Y");
        p.put("test", settings.testOrders() ? "Y" : "N");
        return p;
    }

    private static void organization(Map<String, String> p, Organization o) {
        if (o == null) {
            throw new InvalidOrderException("organization", "an organization-validated S/MIME certificate needs "
                    + "the organization");
        }
        AutoApplySubject.putAddress(p, "", o);
        put(p, "companyNumber", o.companyNumber());
        put(p, "dunsNumber", o.dunsNumber());
    }

    private static void item(Map<String, String> p, Smime smime, boolean organizationValidated) {
        if (smime == null || smime.emailAddresses().isEmpty()) {
            throw new InvalidOrderException("smime.emailAddresses", "an S/MIME certificate needs at least one "
                    + "mailbox address");
        }
        p.put("1_smimeEmailAddresses", String.join(",", smime.emailAddresses()));
        put(p, "1_smimeSubjectEmail", smime.subjectEmail());
        if (organizationValidated) {
            putYesNo(p, "1_smimeSubjectCN", smime.organizationInCommonName());
        }
    }
}
