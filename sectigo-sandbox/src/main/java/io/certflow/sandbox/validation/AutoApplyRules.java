package io.certflow.sandbox.validation;

import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.util.Set;

/** The plain value rules of !AutoApplyOrder (section 1 of the v2.0 text). */
public final class AutoApplyRules {

    public static final Set<Integer> DAYS = Set.of(30, 90, 365, 730);
    public static final Set<Integer> SERVER_SOFTWARE = Set.of(-1, 2, 10, 14, 18, 30, 31, 35, 36);

    private AutoApplyRules() {
    }

    public static void checkRequired(Params params) {
        Values.required(params, "product");
        if (!params.has("days") && !params.has("years")) {
            throw Errors.missing("days");
        }
        Values.required(params, "serverSoftware");
        Values.required(params, "csr");
        Values.required(params, "isCustomerValidated");
    }

    /** {@code days}, or the deprecated {@code years} × 365. */
    public static int days(Params params) {
        if (params.has("days")) {
            return Values.integerIn(params, "days", DAYS).orElseThrow();
        }
        int years = Values.integerIn(params, "years", Set.of(1, 2)).orElseThrow();
        return years * 365;
    }

    public static void checkValues(Params params) {
        Values.integerIn(params, "serverSoftware", SERVER_SOFTWARE);
        Values.yesNo(params, "isCustomerValidated", "showCertificateID", "showCertificateState", "test",
                "checkFONIsUnique", "prioritiseCSRValues", "omitAdditionalFQDN", "isAppRepValidated",
                "isCallbackCompleted", "excludeSiteLock", "ignoreEASettings");
        DcvRules.checkMethod(params);
        for (String email : new String[]{"appRepEmailAddress", "validationEmailAddress", "contactEmailAddress",
                "idaEmailAddress", "signerEmailAddress"}) {
            Values.email(params, email, false);
        }
        Values.email(params, "emailAddress", true);
        Values.oneOf(params, "businessCategory", Set.of("B", "C", "D"));
        Values.oneOf(params, "callbackMethod", Set.of("T", "L"));
        Values.integer(params, "maxSubjectCNs");
        Values.integer(params, "dcvTemplateID");
        Values.integer(params, "caCertificateID");
        params.text("dateOfIncorporation").filter(v -> !v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"))
                .ifPresent(v -> {
                    throw Errors.invalid("dateOfIncorporation");
                });
        params.text("uniqueValue").filter(v -> !v.matches("[A-Za-z0-9]{1,20}")).ifPresent(v -> {
            throw Errors.invalid("uniqueValue");
        });
        for (String country : new String[]{"countryName", "joiCountryName", "appRepCountryName"}) {
            Values.country(params, country);
        }
    }

    /** OV and EV need an applicant representative to call back. */
    public static void checkOrganizational(Params params, Product product) {
        if (product.validation().organizational()) {
            Values.required(params, "appRepEmailAddress");
        }
    }
}
