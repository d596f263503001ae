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
 * {@code !PlaceOrder} (S/MIME), with the validity periods the reference allows. Add-ons such as
 * TrustLogo, CodeGuard and HackerGuardian are bundles, not certificates, and are not listed here.
 */
@Singleton
public final class ProductCatalogue {

    /** {@code days} values the reference allows for certificate products. */
    public static final Set<Integer> ALLOWED_DAYS = Set.of(30, 90, 365, 730);

    private static final Map<Integer, Product> PRODUCTS = Stream.of(
            new Product(291, "PositiveSSL Trial DV", DV, SINGLE),
            new Product(287, "PositiveSSL DV", DV, SINGLE),
            new Product(289, "PositiveSSL Wildcard DV", DV, WILDCARD),
            new Product(279, "PositiveSSL Multi-Domain DV", DV, MULTI_DOMAIN),
            new Product(556, "PositiveSSL EV", EV, SINGLE),
            new Product(557, "PositiveSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            new Product(330, "InstantSSL DV", DV, SINGLE),
            new Product(331, "InstantSSL Wildcard DV", DV, WILDCARD),
            new Product(7, "InstantSSL OV", OV, SINGLE),
            new Product(35, "InstantSSL OV Wildcard", OV, WILDCARD),
            new Product(361, "InstantSSL UCC OV", OV, UCC),
            new Product(567, "InstantSSL EV", EV, SINGLE),
            new Product(568, "InstantSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            new Product(63, "EnterpriseSSL OV", OV, SINGLE),
            new Product(64, "EnterpriseSSL Pro OV", OV, SINGLE),
            new Product(65, "EnterpriseSSL Pro Wildcard OV", OV, WILDCARD),
            new Product(335, "EnterpriseSSL Pro Multi-Domain OV", OV, MULTI_DOMAIN),
            new Product(562, "EnterpriseSSL Pro EV", EV, SINGLE),
            new Product(563, "EnterpriseSSL Pro EV Multi-Domain", EV, MULTI_DOMAIN),
            new Product(488, "SectigoSSL DV", DV, SINGLE),
            new Product(489, "SectigoSSL Wildcard DV", DV, WILDCARD),
            new Product(492, "SectigoSSL UCC DV", DV, UCC),
            new Product(316, "SectigoSSL OV", OV, SINGLE),
            new Product(322, "SectigoSSL OV Wildcard", OV, WILDCARD),
            new Product(583, "SectigoSSL OV Multi Domain", OV, MULTI_DOMAIN),
            new Product(337, "SectigoSSL EV", EV, SINGLE),
            new Product(410, "SectigoSSL EV Multi-Domain", EV, MULTI_DOMAIN),
            new Product(2411, "S/MIME Mailbox-Validated (1 year)", DV, MAILBOX),
            new Product(2412, "S/MIME Mailbox-Validated (2 years)", DV, MAILBOX),
            new Product(243, "S/MIME Organization-Validated (1 year)", OV, MAILBOX),
            new Product(2432, "S/MIME Organization-Validated (2 years)", OV, MAILBOX))
            .collect(Collectors.toUnmodifiableMap(Product::code, Function.identity()));

    public Optional<Product> find(int code) {
        return Optional.ofNullable(PRODUCTS.get(code));
    }
}
