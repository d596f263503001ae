package io.certflow.intake.validation;

import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Coverage;
import io.certflow.intake.product.Product;

import java.util.List;

/** Which names an order may carry for its product: Sectigo's wildcard (-5/-6) and Common Name (-18/-19/-35) rules. */
final class SubjectRules {

    /** Sectigo's limit for {@code domainNames}, counted as the comma-separated list it is sent as. */
    private static final int MAX_DOMAIN_NAMES_LENGTH = 32_767;

    private SubjectRules() {
    }

    static void check(OrderDetails order, ParsedCsr csr, Product product, Violations violations) {
        checkCommonName(csr, product, violations);
        checkDomainNames(order, product, violations);
    }

    private static void checkCommonName(ParsedCsr csr, Product product, Violations violations) {
        String cn = csr.commonName();
        if (Names.isIpAddress(cn)) {
            violations.add("csr", "has an IP address as its Common Name; a domain name is required");
        } else if (!Names.isHostName(cn, true)) {
            violations.add("csr", "has Common Name '" + cn + "', which is not a fully-qualified domain name");
        } else if (product.coverage() == Coverage.WILDCARD && !csr.hasWildcardCommonName()) {
            violations.add("csr", "must have a wildcard Common Name (*.example.com) for product " + product.code());
        } else if (product.coverage() != Coverage.WILDCARD && cn.contains("*")) {
            violations.add("csr", "may not have a wildcard Common Name for product " + product.code()
                    + "; order a wildcard product instead");
        }
    }

    private static void checkDomainNames(OrderDetails order, Product product, Violations violations) {
        List<String> names = order.domainNames();
        if (!names.isEmpty() && !product.allowsSeveralNames()) {
            violations.add("domainNames", "is only allowed for multi-domain and UCC products");
            return;
        }
        if (String.join(",", names).length() > MAX_DOMAIN_NAMES_LENGTH) {
            violations.add("domainNames", "is longer than " + MAX_DOMAIN_NAMES_LENGTH + " characters");
        }
        for (int i = 0; i < names.size(); i++) {
            if (!Names.isHostName(names.get(i), true)) {
                violations.add("domainNames[" + i + "]", "is not a fully-qualified domain name");
            }
        }
        String primary = order.primaryDomainName();
        violations.checkLength("primaryDomainName", primary, 64);
        if (primary != null && !names.contains(primary)) {
            violations.add("primaryDomainName", "must be one of domainNames");
        }
    }
}
