package io.certflow.intake.validation;

import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Coverage;
import io.certflow.intake.product.Product;
import io.certflow.names.HostNames;
import io.certflow.names.NameCheck;

/** The CSR's Common Name against the product: Sectigo's wildcard (-5/-6) and Common Name (-18/-19/-35) rules. */
final class SubjectRules {

    private SubjectRules() {
    }

    static void check(ParsedCsr csr, Product product, Violations violations) {
        String cn = csr.commonName();
        NameCheck name = HostNames.check(cn, true);
        if (HostNames.isIpAddress(cn)) {
            violations.add("csr", "has an IP address as its Common Name; a domain name is required");
        } else if (!name.isValid()) {
            violations.add("csr", "has Common Name '" + cn + "', which " + name.problem());
        } else if (product.coverage() == Coverage.WILDCARD && !csr.hasWildcardCommonName()) {
            violations.add("csr", "must have a wildcard Common Name (*.example.com) for product " + product.code());
        } else if (product.coverage() != Coverage.WILDCARD && !product.allowsWildcardNames() && cn.contains("*")) {
            violations.add("csr", "may not have a wildcard Common Name for product " + product.code()
                    + "; order a wildcard product instead");
        }
    }
}
