package io.certflow.intake.validation;

import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Product;
import io.certflow.names.HostNames;
import io.certflow.names.NameCheck;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which names an SSL order lists. Multi-domain and UCC products need {@code domainNames} (1 to
 * {@link Product#MAX_NAMES}, valid, no repeats, wildcards only where the product takes them, the
 * CSR's Common Name covered) and a {@code primaryDomainName} among them. A single-name product
 * takes at most its Common Name there.
 */
final class MultiDomainRules {

    /** Sectigo's limit for {@code domainNames}, counted as the comma-separated list it is sent as. */
    private static final int MAX_DOMAIN_NAMES_LENGTH = 32_767;

    private MultiDomainRules() {
    }

    static void check(OrderDetails order, ParsedCsr csr, Product product, Violations violations) {
        if (product.allowsSeveralNames()) {
            checkNames(order.domainNames(), csr, product, violations);
            checkPrimary(order, violations);
        } else {
            checkSingle(order, csr, product, violations);
        }
    }

    private static void checkSingle(OrderDetails order, ParsedCsr csr, Product product, Violations violations) {
        List<String> names = order.domainNames();
        boolean onlyCommonName = names.size() == 1 && Names.same(names.get(0), csr.commonName());
        if (!names.isEmpty() && !onlyCommonName) {
            violations.add("domainNames", "product " + product.code() + " covers only the CSR's Common Name ("
                    + csr.commonName() + "); order a multi-domain or UCC product for more names");
        }
        String primary = order.primaryDomainName();
        if (primary != null && !Names.same(primary, csr.commonName())) {
            violations.add("primaryDomainName", "must be the CSR's Common Name on a single-name product");
        }
    }

    private static void checkNames(List<String> names, ParsedCsr csr, Product product, Violations violations) {
        if (names.isEmpty()) {
            violations.add("domainNames", "is required for multi-domain and UCC products: at least one name");
            return;
        }
        if (names.size() > product.maxNames()) {
            violations.add("domainNames", "has " + names.size() + " names; product " + product.code()
                    + " takes at most " + product.maxNames());
        }
        if (String.join(",", names).length() > MAX_DOMAIN_NAMES_LENGTH) {
            violations.add("domainNames", "is longer than " + MAX_DOMAIN_NAMES_LENGTH + " characters");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            checkName(i, names.get(i), product, seen, violations);
        }
        if (names.stream().noneMatch(name -> name != null && Names.covers(name, csr.commonName()))) {
            violations.add("domainNames", "must cover the CSR's Common Name " + csr.commonName());
        }
    }

    private static void checkName(int i, String name, Product product, Map<String, Integer> seen,
                                  Violations violations) {
        String field = "domainNames[" + i + "]";
        NameCheck host = HostNames.check(name, true);
        if (!host.isValid()) {
            violations.add(field, host.problem());
            return;
        }
        if (Names.isWildcard(name) && !product.allowsWildcardNames()) {
            violations.add(field, "is a wildcard name, which product " + product.code() + " does not take");
        }
        Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        if (first != null) {
            violations.add(field, "repeats domainNames[" + first + "]");
        }
    }

    private static void checkPrimary(OrderDetails order, Violations violations) {
        String primary = order.primaryDomainName();
        if (primary == null || primary.isBlank()) {
            violations.add("primaryDomainName", "is required for multi-domain and UCC products: one of domainNames");
            return;
        }
        violations.checkLength("primaryDomainName", primary, 64);
        if (order.domainNames().stream().noneMatch(primary::equalsIgnoreCase)) {
            violations.add("primaryDomainName", "must be one of domainNames");
        }
    }
}
