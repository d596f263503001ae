package io.certflow.intake.validation;

import io.certflow.events.Incorporation;
import io.certflow.events.OrderDetails;
import io.certflow.intake.product.Product;
import io.certflow.intake.product.ValidationLevel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * EV only: the jurisdiction of incorporation and the business category (EV Guidelines clause 5;
 * Sectigo's {@code joi*}, {@code dateOfIncorporation} and {@code businessCategory}). A non-EV
 * product refusing these fields is {@link OrganizationRules}' concern.
 */
final class EvRules {

    private static final String PATH = "organization.incorporation";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private EvRules() {
    }

    static void check(OrderDetails order, Product product, Clock clock, Violations violations) {
        if (product.level() != ValidationLevel.EV || order.organization() == null) {
            return;
        }
        Incorporation incorporation = order.organization().incorporation();
        if (incorporation == null) {
            violations.add(PATH, "is required for EV products: countryName and businessCategory");
            return;
        }
        CountryCodes.check(PATH + ".countryName", incorporation.countryName(), violations);
        if (incorporation.businessCategory() == null) {
            violations.add(PATH + ".businessCategory",
                    "is required: PRIVATE_ORGANIZATION, GOVERNMENT_ENTITY or BUSINESS_ENTITY");
        }
        violations.checkLength(PATH + ".localityName", incorporation.localityName(), 128);
        violations.checkLength(PATH + ".stateOrProvinceName", incorporation.stateOrProvinceName(), 128);
        checkDate(incorporation.dateOfIncorporation(), clock, violations);
    }

    private static void checkDate(String date, Clock clock, Violations violations) {
        if (date == null) {
            return;
        }
        try {
            if (LocalDate.parse(date, DATE).isAfter(LocalDate.now(clock))) {
                violations.add(PATH + ".dateOfIncorporation", "is in the future");
            }
        } catch (DateTimeParseException e) {
            violations.add(PATH + ".dateOfIncorporation", "'" + date + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
