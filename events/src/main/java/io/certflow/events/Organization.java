package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;


/**
 * The subject organization of an OV/EV or organization-validated S/MIME order, and the address of
 * an applicant representative's organization. Field names are Sectigo's {@code !AutoApplyOrder}
 * parameter names; which fields a product requires is order-intake's rule, not this record's.
 *
 * @param organizationName       legal name (Sectigo {@code organizationName}, ≤ 64 chars)
 * @param organizationalUnitName department (≤ 64 chars)
 * @param postOfficeBox          post office box (≤ 40 chars)
 * @param streetAddress1         street address, first line (≤ 128 chars)
 * @param streetAddress2         second line
 * @param streetAddress3         third line
 * @param localityName           city or town (≤ 128 chars)
 * @param stateOrProvinceName    state or province (≤ 128 chars)
 * @param postalCode             postal code (≤ 40 chars)
 * @param countryName            ISO 3166 two-letter country code (Sectigo {@code countryName})
 * @param assumedName            EV: the "doing business as" name ({@code assumedName}, ≤ 64 chars)
 * @param companyNumber          company registration number ({@code companyNumber}, ≤ 25 chars)
 * @param dunsNumber             D-U-N-S number ({@code dunsNumber}, ≤ 20 chars)
 * @param organizationIdentifier S/MIME organization-validated: the organization identifier, e.g. a VAT
 *                               or PSD2 id ({@code x_organizationIdentifier}, ≤ 100 chars)
 * @param incorporation          EV: where and how the organization was incorporated
 *
 * <p>Part of the order as submitted: nothing is required at construction, order-intake validates it
 * field by field (see {@link OrderDetails}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
        String organizationName,
        String organizationalUnitName,
        String postOfficeBox,
        String streetAddress1,
        String streetAddress2,
        String streetAddress3,
        String localityName,
        String stateOrProvinceName,
        String postalCode,
        String countryName,
        String assumedName,
        String companyNumber,
        String dunsNumber,
        String organizationIdentifier,
        Incorporation incorporation) {

    @Creator
    public Organization {
    }

    /** An organization given by name and address only (OV, or an applicant representative's address). */
    public Organization(String organizationName, String organizationalUnitName, String postOfficeBox,
                        String streetAddress1, String streetAddress2, String streetAddress3, String localityName,
                        String stateOrProvinceName, String postalCode, String countryName) {
        this(organizationName, organizationalUnitName, postOfficeBox, streetAddress1, streetAddress2, streetAddress3,
                localityName, stateOrProvinceName, postalCode, countryName, null, null, null, null, null);
    }
}
