package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;


/**
 * The subject organization of an OV/EV or organization-validated S/MIME order. Field names are
 * Sectigo's {@code !AutoApplyOrder} parameter names; every field but {@code organizationName} is
 * optional. EV-only fields (jurisdiction, business category …) will be added as optional fields.
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
        String countryName) {
}
