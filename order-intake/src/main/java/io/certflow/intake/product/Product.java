package io.certflow.intake.product;

import java.util.Optional;
import java.util.Set;

/**
 * A certificate product Sectigo's reseller API sells, as its reference lists it.
 *
 * @param code        Sectigo's product code (the {@code product} parameter)
 * @param name        the name the reference gives it
 * @param level       validation level
 * @param coverage    which names it may carry
 * @param allowedDays the {@code days} values it may be ordered for
 */
public record Product(int code, String name, ValidationLevel level, Coverage coverage, Set<Integer> allowedDays) {

    /**
     * Most names one multi-domain or UCC order may carry. Sectigo sells its multi-domain and UCC
     * certificates for up to 250 names; more is refused at validation, never at Sectigo.
     */
    public static final int MAX_NAMES = 250;

    public Product {
        allowedDays = Set.copyOf(allowedDays);
    }

    public boolean isSmime() {
        return coverage == Coverage.MAILBOX;
    }

    public boolean allowsSeveralNames() {
        return coverage == Coverage.MULTI_DOMAIN || coverage == Coverage.UCC;
    }

    /** How many names an order may list in {@code domainNames}. */
    public int maxNames() {
        return allowsSeveralNames() ? MAX_NAMES : 1;
    }

    /**
     * Whether {@code domainNames} may hold {@code *.} names: DV and OV multi-domain/UCC products
     * take wildcard SANs; EV never does (the EV Guidelines forbid wildcards).
     */
    public boolean allowsWildcardNames() {
        return allowsSeveralNames() && level != ValidationLevel.EV;
    }

    public boolean validatesOrganization() {
        return level == ValidationLevel.OV || level == ValidationLevel.EV;
    }

    /** The validity a product is sold for when it has exactly one (S/MIME: one or two years by code). */
    public Optional<Integer> fixedDays() {
        return allowedDays.size() == 1 ? Optional.of(allowedDays.iterator().next()) : Optional.empty();
    }
}
