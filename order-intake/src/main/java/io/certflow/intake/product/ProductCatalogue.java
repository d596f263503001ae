package io.certflow.intake.product;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.certflow.intake.product.Coverage.MAILBOX;
import static io.certflow.intake.product.Coverage.MULTI_DOMAIN;
import static io.certflow.intake.product.Coverage.SINGLE;
import static io.certflow.intake.product.Coverage.UCC;
import static io.certflow.intake.product.Coverage.WILDCARD;
import static io.certflow.intake.product.ValidationLevel.DV;
import static io.certflow.intake.product.ValidationLevel.EV;
import static io.certflow.intake.product.ValidationLevel.OV;

/**
 * The certificate products of Sectigo's {@code !AutoApplyOrder} v2.0 reference (SSL) and of
 * {@code !PlaceOrder} (S/MIME), with their validation level, the names they cover and the validity
 * periods the reference allows (S/MIME: fixed by the code, one or two years). Add-ons such as
 * TrustLogo, CodeGuard and HackerGuardian are bundles, not certificates: see {@link AddOns}.
 */
@Singleton
public final class ProductCatalogue {

    /** {@code days} values the reference allows for certificate products. */
    public static final Set<Integer> ALLOWED_DAYS = Set.of(30, 90, 365, 730);

    private static final Map<Integer, Product> PRODUCTS = Stream.of(
            ssl(291, "PositiveSSL Trial DV", DV, SINGLE),
            ssl(287, "PositiveSSL DV", DV, SINGLE),
            ssl(289, "PositiveSSL Wildcard DV", DV, WILDCARD),
            ssl(279, "PositiveSSL Multi-Domain DV", DV, MULTI_DOMAIN),
            ssl(556, "PositiveSSL EV", EV, SINGLE),
            ssl(557, "PositiveSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            ssl(330, "InstantSSL DV", DV, SINGLE),
            ssl(331, "InstantSSL Wildcard DV", DV, WILDCARD),
            ssl(7, "InstantSSL OV", OV, SINGLE),
            ssl(35, "InstantSSL OV Wildcard", OV, WILDCARD),
            ssl(361, "InstantSSL UCC OV", OV, UCC),
            ssl(567, "InstantSSL EV", EV, SINGLE),
            ssl(568, "InstantSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            ssl(63, "EnterpriseSSL OV", OV, SINGLE),
            ssl(64, "EnterpriseSSL Pro OV", OV, SINGLE),
            ssl(65, "EnterpriseSSL Pro Wildcard OV", OV, WILDCARD),
            ssl(335, "EnterpriseSSL Pro Multi-Domain OV", OV, MULTI_DOMAIN),
            ssl(562, "EnterpriseSSL Pro EV", EV, SINGLE),
            ssl(563, "EnterpriseSSL Pro EV Multi-Domain", EV, MULTI_DOMAIN),
            ssl(488, "SectigoSSL DV", DV, SINGLE),
            ssl(489, "SectigoSSL Wildcard DV", DV, WILDCARD),
            ssl(492, "SectigoSSL UCC DV", DV, UCC),
            ssl(316, "SectigoSSL OV", OV, SINGLE),
            ssl(322, "SectigoSSL OV Wildcard", OV, WILDCARD),
            ssl(583, "SectigoSSL OV Multi Domain", OV, MULTI_DOMAIN),
            ssl(337, "SectigoSSL EV", EV, SINGLE),
            ssl(410, "SectigoSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            smime(2411, "S/MIME Mailbox-Validated (1 year)", DV, 365),
            smime(2412, "S/MIME Mailbox-Validated (2 years)", DV, 730),
            smime(243, "S/MIME Organization-Validated (1 year)", OV, 365),
            smime(2432, "S/MIME Organization-Validated (2 years)", OV, 730))
            .collect(Collectors.toUnmodifiableMap(Product::code, Function.identity()));

    public Optional<Product> find(int code) {
        return Optional.ofNullable(PRODUCTS.get(code));
    }

    private static Product ssl(int code, String name, ValidationLevel level, Coverage coverage) {
        return new Product(code, name, level, coverage, ALLOWED_DAYS);
    }

    private static Product smime(int code, String name, ValidationLevel level, int days) {
        return new Product(code, name, level, MAILBOX, Set.of(days));
    }
}
