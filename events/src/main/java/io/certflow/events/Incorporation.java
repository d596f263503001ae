package io.certflow.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * EV only: the jurisdiction of incorporation and the kind of organization (EV Guidelines, clause 5).
 * Sectigo's parameters are the {@code joi*} ones, {@code dateOfIncorporation} and
 * {@code businessCategory}.
 *
 * @param localityName        city or town of incorporation ({@code joiLocalityName}, ≤ 128 chars); optional
 * @param stateOrProvinceName state or province of incorporation ({@code joiStateOrProvinceName}); optional
 * @param countryName         ISO 3166 two-letter country of incorporation ({@code joiCountryName}); required for EV
 * @param dateOfIncorporation {@code YYYY-MM-DD}; optional
 * @param businessCategory    the kind of organization; required for EV
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incorporation(
        String localityName,
        String stateOrProvinceName,
        String countryName,
        String dateOfIncorporation,
        BusinessCategory businessCategory) {
}
