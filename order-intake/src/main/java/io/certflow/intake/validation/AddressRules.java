package io.certflow.intake.validation;

import io.certflow.events.Organization;

/**
 * An organization's name and postal address, with the lengths of Sectigo's {@code organizationName}
 * … {@code countryName} parameters: the certificate's subject organization, or an applicant
 * representative's own organization.
 */
final class AddressRules {

    /** Sectigo's {@code organizationName}; an applicant representative's may be longer. */
    static final int ORGANIZATION_NAME = 64;

    private AddressRules() {
    }

    /** Name and country required, a locality or a state required, every field within its length. */
    static void checkComplete(String path, Organization organization, int nameLength, Violations violations) {
        violations.checkRequired(path + ".organizationName", organization.organizationName(), nameLength);
        CountryCodes.check(path + ".countryName", organization.countryName(), violations);
        if (isBlank(organization.localityName()) && isBlank(organization.stateOrProvinceName())) {
            violations.add(path + ".localityName", "is required unless stateOrProvinceName is given");
        }
        checkLengths(path, organization, violations);
    }

    /** The address fields' lengths only (the name's is checked by the caller). */
    static void checkLengths(String path, Organization organization, Violations violations) {
        violations.checkLength(path + ".organizationalUnitName", organization.organizationalUnitName(), 64);
        violations.checkLength(path + ".postOfficeBox", organization.postOfficeBox(), 40);
        violations.checkLength(path + ".streetAddress1", organization.streetAddress1(), 128);
        violations.checkLength(path + ".streetAddress2", organization.streetAddress2(), 128);
        violations.checkLength(path + ".streetAddress3", organization.streetAddress3(), 128);
        violations.checkLength(path + ".localityName", organization.localityName(), 128);
        violations.checkLength(path + ".stateOrProvinceName", organization.stateOrProvinceName(), 128);
        violations.checkLength(path + ".postalCode", organization.postalCode(), 40);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
