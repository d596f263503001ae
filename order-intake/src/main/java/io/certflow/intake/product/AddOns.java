package io.certflow.intake.product;

import java.util.Set;

/**
 * Products Sectigo's {@code !AutoApplyOrder} v2.0 sells together with an SSL certificate in one
 * order (section 1, {@code product}; section 4), with the values their parameters allow.
 */
public final class AddOns {

    /** TrustLogo, only with an OV or EV certificate. */
    public static final int TRUST_LOGO = 36;

    /** CodeGuard: 700 Personal, 701 Professional, 702 Company, 703 Small Business. */
    public static final Set<Integer> CODE_GUARD_PRODUCTS = Set.of(700, 701, 702, 703);

    /** CodeGuard's {@code Domains} parameter. */
    public static final Set<Integer> CODE_GUARD_DOMAINS = Set.of(1, 12, 25, 100);

    /** HackerGuardian packages (Lite, PCI Scan, Enterprise: control centre and scanning service each). */
    public static final Set<Integer> HACKER_GUARDIAN_PRODUCTS = Set.of(586, 587, 346, 329, 349, 259);

    /** HackerGuardian's additional IP pack. */
    public static final int IP_PACK = 356;

    /** Sizes of the additional IP pack ({@code IP Addresses}). */
    public static final Set<Integer> IP_PACK_SIZES = Set.of(1, 5, 10, 50, 100, 500, 1000);

    private AddOns() {
    }
}
