package io.certflow.intake.validation;

import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.events.Smime;
import io.certflow.intake.product.Product;

import java.util.List;

/**
 * An S/MIME order ({@code !PlaceOrder}): the mailboxes it names, the organization of an
 * organization-validated product, and no SSL-only field. {@code days} is fixed by the product
 * code; {@link OrderValidator} fills it in when absent.
 */
final class SmimeRules {

    /** Sectigo's limit for {@code x_smimeEmailAddresses}, counted as the comma-separated list it is sent as. */
    private static final int MAX_EMAIL_ADDRESSES_LENGTH = 255;
    private static final String NOT_SMIME = "is only for SSL orders";

    private SmimeRules() {
    }

    static void check(OrderDetails order, Product product, Violations violations) {
        checkSslFieldsAbsent(order, violations);
        checkDays(order.days(), product, violations);
        checkMailboxes(order.smime(), violations);
        if (product.validatesOrganization()) {
            checkOrganization(order.organization(), violations);
        } else {
            violations.checkAbsent("organization", order.organization(),
                    "is only for organization-validated S/MIME products (243, 2432)");
            if (order.smime() != null) {
                violations.checkAbsent("smime.organizationInCommonName", order.smime().organizationInCommonName(),
                        "is only for organization-validated S/MIME products (243, 2432)");
            }
        }
    }

    private static void checkSslFieldsAbsent(OrderDetails order, Violations violations) {
        violations.checkAbsent("dcv", order.dcv(), NOT_SMIME);
        violations.checkAbsent("serverSoftware", order.serverSoftware(), NOT_SMIME);
        violations.checkAbsent("domainNames", order.domainNames().isEmpty() ? null : order.domainNames(), NOT_SMIME);
        violations.checkAbsent("primaryDomainName", order.primaryDomainName(), NOT_SMIME);
        violations.checkAbsent("bundle", order.bundle(), NOT_SMIME);
        violations.checkAbsent("applicantRepresentative", order.applicantRepresentative(), NOT_SMIME);
    }

    private static void checkDays(Integer days, Product product, Violations violations) {
        int fixed = product.fixedDays().orElseThrow();
        if (days != null && days != fixed) {
            violations.add("days", days + " is not allowed: product " + product.code() + " is sold for " + fixed
                    + " days (omit days, or give " + fixed + ")");
        }
    }

    private static void checkMailboxes(Smime smime, Violations violations) {
        if (smime == null || smime.emailAddresses().isEmpty()) {
            violations.add("smime.emailAddresses", "is required: the mailboxes the certificate names, at least one");
            return;
        }
        List<String> addresses = smime.emailAddresses();
        for (int i = 0; i < addresses.size(); i++) {
            violations.checkEmail("smime.emailAddresses[" + i + "]", addresses.get(i));
        }
        if (String.join(",", addresses).length() > MAX_EMAIL_ADDRESSES_LENGTH) {
            violations.add("smime.emailAddresses", "is longer than " + MAX_EMAIL_ADDRESSES_LENGTH
                    + " characters when joined with commas");
        }
        String subject = smime.subjectEmail();
        if (subject != null && addresses.stream().noneMatch(subject::equalsIgnoreCase)) {
            violations.add("smime.subjectEmail", "must be one of smime.emailAddresses");
        }
    }

    private static void checkOrganization(Organization organization, Violations violations) {
        if (organization == null) {
            violations.add("organization", "is required for organization-validated S/MIME products: "
                    + "organizationName, countryName and organizationIdentifier");
            return;
        }
        violations.checkRequired("organization.organizationName", organization.organizationName(),
                AddressRules.ORGANIZATION_NAME);
        CountryCodes.check("organization.countryName", organization.countryName(), violations);
        violations.checkRequired("organization.organizationIdentifier", organization.organizationIdentifier(), 100);
        AddressRules.checkLengths("organization", organization, violations);
        violations.checkAbsent("organization.incorporation", organization.incorporation(), "is only for EV SSL products");
    }
}
