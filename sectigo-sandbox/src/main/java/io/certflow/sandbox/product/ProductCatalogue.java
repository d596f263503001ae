package io.certflow.sandbox.product;

import io.certflow.sandbox.product.Product.Kind;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every product code of the reference texts with its type and a price. Prices are invented but
 * chosen so that the worked examples of the v2.0 text come out exactly (488 → 35.00,
 * 583 for 730 days → 210.00, 562 → 210.00, 488+700 → 85.00).
 */
@Singleton
public class ProductCatalogue {

    private final Map<Integer, Product> products = new LinkedHashMap<>();

    public ProductCatalogue() {
        ssl(291, "PositiveSSL Trial DV", Validation.DV, Scope.SINGLE, "0.00");
        ssl(287, "PositiveSSL DV", Validation.DV, Scope.SINGLE, "30.00");
        ssl(289, "PositiveSSL Wildcard DV", Validation.DV, Scope.WILDCARD, "90.00");
        ssl(279, "PositiveSSL Multi-Domain DV", Validation.DV, Scope.MULTI_DOMAIN, "60.00");
        ssl(556, "PositiveSSL EV", Validation.EV, Scope.SINGLE, "150.00");
        ssl(557, "PositiveSSL EV Multi-Domain", Validation.EV, Scope.MULTI_DOMAIN, "250.00");
        ssl(330, "InstantSSL DV", Validation.DV, Scope.SINGLE, "35.00");
        ssl(331, "InstantSSL Wildcard DV", Validation.DV, Scope.WILDCARD, "100.00");
        ssl(7, "InstantSSL OV", Validation.OV, Scope.SINGLE, "70.00");
        ssl(35, "InstantSSL OV Wildcard", Validation.OV, Scope.WILDCARD, "180.00");
        ssl(361, "InstantSSL UCC OV", Validation.OV, Scope.UCC, "120.00");
        ssl(567, "InstantSSL EV", Validation.EV, Scope.SINGLE, "180.00");
        ssl(568, "InstantSSL EV Multi-Domain", Validation.EV, Scope.MULTI_DOMAIN, "280.00");
        ssl(63, "EnterpriseSSL OV", Validation.OV, Scope.SINGLE, "90.00");
        ssl(64, "EnterpriseSSL Pro OV", Validation.OV, Scope.SINGLE, "110.00");
        ssl(65, "EnterpriseSSL Pro Wildcard OV", Validation.OV, Scope.WILDCARD, "250.00");
        ssl(335, "EnterpriseSSL Pro Multi-Domain OV", Validation.OV, Scope.MULTI_DOMAIN, "150.00");
        ssl(562, "EnterpriseSSL Pro EV", Validation.EV, Scope.SINGLE, "210.00");
        ssl(563, "EnterpriseSSL Pro EV Multi-Domain", Validation.EV, Scope.MULTI_DOMAIN, "300.00");
        ssl(488, "SectigoSSL DV", Validation.DV, Scope.SINGLE, "35.00");
        ssl(489, "SectigoSSL Wildcard DV", Validation.DV, Scope.WILDCARD, "95.00");
        ssl(492, "SectigoSSL UCC DV", Validation.DV, Scope.UCC, "75.00");
        ssl(316, "SectigoSSL OV", Validation.OV, Scope.SINGLE, "60.00");
        ssl(322, "SectigoSSL OV Wildcard", Validation.OV, Scope.WILDCARD, "160.00");
        ssl(583, "SectigoSSL OV Multi Domain", Validation.OV, Scope.MULTI_DOMAIN, "105.00");
        ssl(337, "SectigoSSL EV", Validation.EV, Scope.SINGLE, "140.00");
        ssl(410, "SectigoSSL EV Multi-Domain EV", Validation.EV, Scope.MULTI_DOMAIN, "240.00");
        addOn(36, "EV or OV TrustLogo", Kind.TRUSTLOGO, "10.00");
        for (int code : new int[]{700, 701, 702, 703}) {
            addOn(code, "Sectigo CodeGuard", Kind.CODEGUARD, "50.00");
        }
        for (int code : new int[]{586, 587, 346, 329, 349, 259, 356}) {
            addOn(code, "Sectigo HackerGuardian", Kind.HACKERGUARDIAN, "0.00");
        }
        smime(2411, "S/MIME Mailbox-Validated Strict 1 year", Validation.MAILBOX, 365, "12.00");
        smime(2412, "S/MIME Mailbox-Validated Strict 2 years", Validation.MAILBOX, 730, "22.00");
        smime(243, "S/MIME Organization-Validated Multipurpose 1 year", Validation.ORGANIZATION, 365, "25.00");
        smime(2432, "S/MIME Organization-Validated Multipurpose 2 years", Validation.ORGANIZATION, 730, "45.00");
    }

    private void ssl(int code, String name, Validation validation, Scope scope, String price) {
        products.put(code, new Product(code, name, Kind.SSL, validation, scope, new BigDecimal(price), 0));
    }

    private void addOn(int code, String name, Kind kind, String price) {
        products.put(code, new Product(code, name, kind, Validation.NONE, Scope.NOT_A_CERTIFICATE,
                new BigDecimal(price), 0));
    }

    private void smime(int code, String name, Validation validation, int days, String price) {
        products.put(code, new Product(code, name, Kind.SMIME, validation, Scope.EMAIL, new BigDecimal(price), days));
    }

    public Optional<Product> find(int code) {
        return Optional.ofNullable(products.get(code));
    }

    public Collection<Product> all() {
        return products.values();
    }

    public BigDecimal price(Product product, int days) {
        if (!product.isCertificate() || product.fixedDays() > 0) {
            return product.yearlyPrice().setScale(2, RoundingMode.HALF_UP);
        }
        return product.yearlyPrice().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
    }
}
