package io.certflow.intake.validation;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.events.OrderDetails;
import io.certflow.intake.product.AddOns;
import io.certflow.intake.product.Product;

/**
 * Products ordered with an SSL certificate ({@code !AutoApplyOrder} v2.0 sections 1 and 4): a
 * TrustLogo only with OV/EV, CodeGuard and HackerGuardian with their plans and account fields.
 */
final class BundleRules {

    private static final String PATH = "bundle";

    private BundleRules() {
    }

    static void check(OrderDetails order, Product product, Violations violations) {
        Bundle bundle = order.bundle();
        if (bundle == null) {
            return;
        }
        if (bundle.trustLogo() != null) {
            checkTrustLogo(bundle.trustLogo(), product, violations);
        }
        if (bundle.codeGuard() != null) {
            checkCodeGuard(bundle.codeGuard(), order.applicantRepresentative(), violations);
        }
        if (bundle.hackerGuardian() != null) {
            checkHackerGuardian(bundle.hackerGuardian(), violations);
        }
    }

    private static void checkTrustLogo(Bundle.TrustLogo logo, Product product, Violations violations) {
        String path = PATH + ".trustLogo";
        if (!product.validatesOrganization()) {
            violations.add(path, "is only available with OV and EV products");
        }
        violations.checkEmail(path + ".idaEmailAddress", logo.idaEmailAddress());
        violations.checkLength(path + ".idaTelephoneNumber", logo.idaTelephoneNumber(), 32);
        violations.checkLength(path + ".idaFaxNumber", logo.idaFaxNumber(), 32);
    }

    private static void checkCodeGuard(Bundle.CodeGuard codeGuard, ApplicantRepresentative representative,
                                       Violations violations) {
        String path = PATH + ".codeGuard";
        violations.checkOneOf(path + ".product", codeGuard.product(), AddOns.CODE_GUARD_PRODUCTS, true);
        violations.checkOneOf(path + ".domains", codeGuard.domains(), AddOns.CODE_GUARD_DOMAINS, true);
        if (representative == null || representative.emailAddress() == null) {
            violations.add("applicantRepresentative.emailAddress", "is required with a CodeGuard bundle: "
                    + "the account is created for this address");
        }
    }

    private static void checkHackerGuardian(Bundle.HackerGuardian hackerGuardian, Violations violations) {
        String path = PATH + ".hackerGuardian";
        violations.checkOneOf(path + ".product", hackerGuardian.product(), AddOns.HACKER_GUARDIAN_PRODUCTS, true);
        violations.checkRequired(path + ".loginName", hackerGuardian.loginName(), 64);
        violations.checkOneOf(path + ".additionalIpAddresses", hackerGuardian.additionalIpAddresses(),
                AddOns.IP_PACK_SIZES, false);
    }
}
