package io.certflow.intake.validation;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.ParsedCsr;
import io.certflow.intake.product.Product;

/**
 * Domain control validation of an SSL order: a method is always required. A single-name order takes
 * one approver ({@code dcv.emailAddress}) for EMAIL; a multi-domain order takes per-name approvers
 * or per-name methods instead ({@link DomainDcvRules}).
 */
final class DcvRules {

    private DcvRules() {
    }

    static void check(OrderDetails order, ParsedCsr csr, Product product, Violations violations) {
        Dcv dcv = order.dcv();
        if (dcv == null || dcv.method() == null) {
            violations.add("dcv.method", "is required: one of EMAIL, HTTP_CSR_HASH, HTTPS_CSR_HASH, CNAME_CSR_HASH");
            return;
        }
        if (product.allowsSeveralNames()) {
            DomainDcvRules.check(order, violations);
        } else {
            checkSingle(dcv, csr, violations);
        }
    }

    private static void checkSingle(Dcv dcv, ParsedCsr csr, Violations violations) {
        if (!dcv.emailAddresses().isEmpty()) {
            violations.add("dcv.emailAddresses", "is only for multi-domain and UCC products; use dcv.emailAddress");
        }
        if (!dcv.domains().isEmpty()) {
            violations.add("dcv.domains", "is only for multi-domain and UCC products");
        }
        if (dcv.method() != DcvMethod.EMAIL) {
            violations.checkAbsent("dcv.emailAddress", dcv.emailAddress(), "is only allowed with dcv.method EMAIL");
            return;
        }
        Approvers.check("dcv.emailAddress", dcv.emailAddress(), csr.commonName(), violations);
    }
}
