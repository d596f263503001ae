package io.certflow.intake.validation;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.intake.product.Product;

/**
 * Sectigo's {@code appRep*} fields: the person who confirms an OV/EV order in the callback, and the
 * holder of a CodeGuard account. OV/EV products require the callback contact (name, email,
 * telephone) unless the reseller completed the callback itself; a DV order takes a representative
 * only for its CodeGuard bundle (whose email {@link BundleRules} requires).
 */
final class ApplicantRepresentativeRules {

    private static final String PATH = "applicantRepresentative";
    /** Sectigo's {@code appRepOrganizationName} is longer than the subject's organizationName. */
    private static final int ORGANIZATION_NAME = 255;

    private ApplicantRepresentativeRules() {
    }

    static void check(OrderDetails order, Product product, Violations violations) {
        ApplicantRepresentative representative = order.applicantRepresentative();
        boolean codeGuard = order.bundle() != null && order.bundle().codeGuard() != null;
        if (representative == null) {
            if (product.validatesOrganization()) {
                violations.add(PATH, "is required for OV and EV products: forename, surname, emailAddress, telephone");
            }
            return;
        }
        if (!product.validatesOrganization() && !codeGuard) {
            violations.add(PATH, "is only for OV and EV products, or a CodeGuard bundle's account");
            return;
        }
        boolean callbackDone = Boolean.TRUE.equals(representative.callbackCompleted());
        if (product.validatesOrganization() && !callbackDone) {
            checkCallbackContact(representative, violations);
        }
        checkFields(representative, violations);
        if (callbackDone && !Boolean.TRUE.equals(representative.validated())) {
            violations.add(PATH + ".validated", "must be true when callbackCompleted is true");
        }
        if (representative.organization() != null) {
            checkOrganization(representative.organization(), violations);
        }
    }

    /** Presence only: {@link #checkFields} checks every given field's length and form. */
    private static void checkCallbackContact(ApplicantRepresentative representative, Violations violations) {
        requirePresent("forename", representative.forename(), violations);
        requirePresent("surname", representative.surname(), violations);
        requirePresent("telephone", representative.telephone(), violations);
        requirePresent("emailAddress", representative.emailAddress(), violations);
    }

    private static void requirePresent(String field, String value, Violations violations) {
        if (AddressRules.isBlank(value)) {
            violations.add(PATH + "." + field, "is required");
        }
    }

    private static void checkFields(ApplicantRepresentative representative, Violations violations) {
        violations.checkLength(PATH + ".forename", representative.forename(), 64);
        violations.checkLength(PATH + ".surname", representative.surname(), 64);
        violations.checkLength(PATH + ".telephone", representative.telephone(), 32);
        violations.checkLength(PATH + ".title", representative.title(), 64);
        violations.checkLength(PATH + ".fax", representative.fax(), 32);
        violations.checkEmail(PATH + ".emailAddress", representative.emailAddress());
    }

    private static void checkOrganization(Organization organization, Violations violations) {
        String path = PATH + ".organization";
        AddressRules.checkComplete(path, organization, ORGANIZATION_NAME, violations);
        String onlySubject = "is not part of a representative's address; give it on organization";
        violations.checkAbsent(path + ".assumedName", organization.assumedName(), onlySubject);
        violations.checkAbsent(path + ".companyNumber", organization.companyNumber(), onlySubject);
        violations.checkAbsent(path + ".dunsNumber", organization.dunsNumber(), onlySubject);
        violations.checkAbsent(path + ".organizationIdentifier", organization.organizationIdentifier(), onlySubject);
        violations.checkAbsent(path + ".incorporation", organization.incorporation(), onlySubject);
    }
}
