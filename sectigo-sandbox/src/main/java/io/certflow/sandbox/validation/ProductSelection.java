package io.certflow.sandbox.validation;

import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.ProductCatalogue;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code product} list of !AutoApplyOrder: exactly one SSL certificate, optionally TrustLogo
 * (OV/EV only), CodeGuard (needs domains and appRepEmailAddress) and HackerGuardian (needs
 * appRepLoginName; the IP pack needs "IP Addresses").
 */
public record ProductSelection(Product certificate, List<Product> addOns, List<Integer> codes) {

    private static final Set<Integer> CODEGUARD_DOMAINS = Set.of(1, 12, 25, 100);
    private static final Set<Integer> IP_PACKS = Set.of(1, 5, 10, 50, 100, 500, 1000);

    public static ProductSelection parse(Params params, ProductCatalogue catalogue) {
        List<Product> certificates = new ArrayList<>();
        List<Product> addOns = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (String code : DcvRules.split(Values.required(params, "product").replace(',', ' '))) {
            if (!code.matches("[0-9]{1,6}")) {
                throw Errors.invalid("product");
            }
            Product product = catalogue.find(Integer.parseInt(code)).orElseThrow(() -> Errors.invalid("product"));
            (product.kind() == Product.Kind.SSL ? certificates : addOns).add(product);
            codes.add(product.code());
        }
        if (certificates.size() != 1 || addOns.stream().anyMatch(p -> p.kind() == Product.Kind.SMIME)) {
            throw Errors.invalid("product");
        }
        ProductSelection selection = new ProductSelection(certificates.get(0), List.copyOf(addOns), List.copyOf(codes));
        selection.checkAddOns(params);
        return selection;
    }

    private void checkAddOns(Params params) {
        for (Product addOn : addOns) {
            switch (addOn.kind()) {
                case TRUSTLOGO -> {
                    if (!certificate.validation().organizational()) {
                        throw Errors.invalid("product");
                    }
                }
                case CODEGUARD -> {
                    Values.required(params, "appRepEmailAddress");
                    Values.required(params, "domains");
                    Values.integerIn(params, "domains", CODEGUARD_DOMAINS);
                }
                case HACKERGUARDIAN -> hackerGuardian(params, addOn);
                default -> throw Errors.invalid("product");
            }
        }
    }

    private static void hackerGuardian(Params params, Product addOn) {
        if (addOn.code() == 356) {
            Values.required(params, "IP Addresses");
            Values.integerIn(params, "IP Addresses", IP_PACKS);
        } else {
            Values.required(params, "appRepLoginName");
        }
    }

    public BigDecimal price(ProductCatalogue catalogue, int days) {
        BigDecimal total = catalogue.price(certificate, days);
        for (Product addOn : addOns) {
            total = total.add(catalogue.price(addOn, days));
        }
        return total;
    }
}
