package io.certflow.intake.validation;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, as Sectigo's {@code countryName} parameters take them (-7 "'xx'
 * is not a valid ISO-3166 country" otherwise). The list is the JDK's copy of the ISO register, so
 * "UK" or "EU", which look like codes but are not assigned, are refused.
 */
final class CountryCodes {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    static boolean isAssigned(String code) {
        return code != null && CODES.contains(code);
    }

    /** Requires a country and checks it against the register. */
    static void check(String field, String code, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.add(field, "is required: an ISO 3166-1 alpha-2 country code such as US, DE or GB");
        } else if (!isAssigned(code)) {
            violations.add(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. US, DE, GB)");
        }
    }
}
