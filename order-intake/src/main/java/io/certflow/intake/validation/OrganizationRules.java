package io.certflow.intake.validation;

import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.intake.product.Product;
import io.certflow.intake.product.ValidationLevel;

/**
 * The subject organization of an SSL order. OV and EV products require it complete (name, ISO
 * country, locality or state) within Sectigo's lengths. Fields of a higher validation level are
 * refused rather than silently dropped: an organization on a DV product (a DV certificate names
 * none; HackerGuardian's account name is the one exception), EV-only fields on OV, and the S/MIME
 * organization identifier on any SSL order.
 */
final class OrganizationRules {

    private static final String PATH = "organization";

    private OrganizationRules() {
    }

    static void check(OrderDetails order, Product product, Violations violations) {
        Organization organization = order.organization();
        if (!product.validatesOrganization()) {
            checkDv(order, violations);
        } else if (organization == null) {
            violations.add(PATH, "is required for OV and EV products: organizationName, countryName and "
                    + "localityName or stateOrProvinceName");
        } else {
            AddressRules.checkComplete(PATH, organization, AddressRules.ORGANIZATION_NAME, violations);
            checkRegistration(organization, product, violations);
        }
    }

    private static void checkDv(OrderDetails order, Violations violations) {
        Organization organization = order.organization();
        if (organization == null) {
            return;
        }
        boolean hackerGuardian = order.bundle() != null && order.bundle().hackerGuardian() != null;
        if (!hackerGuardian) {
            violations.add(PATH, "is only for OV and EV products (or a HackerGuardian bundle's account); "
                    + "a DV certificate names no organization");
            return;
        }
        violations.checkLength(PATH + ".organizationName", organization.organizationName(),
                AddressRules.ORGANIZATION_NAME);
        AddressRules.checkLengths(PATH, organization, violations);
        violations.checkAbsent(PATH + ".incorporation", organization.incorporation(), "is only for EV products");
    }

    private static void checkRegistration(Organization organization, Product product, Violations violations) {
        violations.checkLength(PATH + ".assumedName", organization.assumedName(), 64);
        violations.checkLength(PATH + ".companyNumber", organization.companyNumber(), 25);
        violations.checkLength(PATH + ".dunsNumber", organization.dunsNumber(), 20);
        violations.checkAbsent(PATH + ".organizationIdentifier", organization.organizationIdentifier(),
                "is only for organization-validated S/MIME products");
        if (product.level() != ValidationLevel.EV) {
            violations.checkAbsent(PATH + ".assumedName", organization.assumedName(), "is only for EV products");
            violations.checkAbsent(PATH + ".incorporation", organization.incorporation(), "is only for EV products");
        }
    }
}
