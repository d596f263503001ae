package io.certflow.intake.validation;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class BundleRulesTest {

    private static final Bundle.TrustLogo LOGO = new Bundle.TrustLogo("trust@example.com", "+1 555 0100", null);
    private static final ApplicantRepresentative CODEGUARD_ACCOUNT = new ApplicantRepresentative(null, null,
            "john.doe@example.com", null, null, null, null, null, null, null);

    @Test
    void shouldAcceptTrustLogoWhenProductIsOv() {
        valid(Orders.ov().bundle(new Bundle(LOGO, null, null)).build());
    }

    @Test
    void shouldRejectTrustLogoWhenProductIsDv() {
        assertThat(errors(Orders.dv().bundle(new Bundle(LOGO, null, null)).build())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("bundle.trustLogo");
            assertThat(e.reason()).isEqualTo("is only available with OV and EV products");
        });
    }

    @Test
    void shouldRejectIdAuthorityFieldsWhenTooLongOrMalformed() {
        Bundle.TrustLogo bad = new Bundle.TrustLogo("not-an-address", "1".repeat(33), "2".repeat(33));

        assertThat(fields(Orders.ov().bundle(new Bundle(bad, null, null)).build())).containsExactlyInAnyOrder(
                "bundle.trustLogo.idaEmailAddress", "bundle.trustLogo.idaTelephoneNumber",
                "bundle.trustLogo.idaFaxNumber");
    }

    @Test
    void shouldAcceptCodeGuardWhenDvOrderNamesAccountEmail() {
        valid(Orders.dv().applicantRepresentative(CODEGUARD_ACCOUNT)
                .bundle(new Bundle(null, new Bundle.CodeGuard(700, 1), null)).build());
    }

    @Test
    void shouldRejectCodeGuardPlanAndDomainsWhenOutsideReference() {
        assertThat(errors(Orders.dv().applicantRepresentative(CODEGUARD_ACCOUNT)
                .bundle(new Bundle(null, new Bundle.CodeGuard(704, 10), null)).build()))
                .extracting(e -> e.field() + ": " + e.reason()).containsExactlyInAnyOrder(
                        "bundle.codeGuard.product: 704 is not allowed: one of [700, 701, 702, 703]",
                        "bundle.codeGuard.domains: 10 is not allowed: one of [1, 12, 25, 100]");
    }

    @Test
    void shouldRequireAccountEmailWhenCodeGuardIsBundled() {
        assertThat(fields(Orders.dv().bundle(new Bundle(null, new Bundle.CodeGuard(701, 12), null)).build()))
                .containsExactly("applicantRepresentative.emailAddress");
    }

    @Test
    void shouldAcceptHackerGuardianWhenPackageLoginAndIpPackAreValid() {
        valid(Orders.ev().bundle(new Bundle(null, null, new Bundle.HackerGuardian(346, "examplehg", 5))).build());
    }

    @Test
    void shouldNameHackerGuardianFieldsWhenInvalid() {
        assertThat(fields(Orders.dv().bundle(new Bundle(null, null, new Bundle.HackerGuardian(356, null, 7)))
                .build())).containsExactlyInAnyOrder("bundle.hackerGuardian.product",
                "bundle.hackerGuardian.loginName", "bundle.hackerGuardian.additionalIpAddresses");
    }

    @Test
    void shouldRejectLoginNameWhenLongerThan64() {
        assertThat(fields(Orders.dv().bundle(new Bundle(null, null, new Bundle.HackerGuardian(586, "x".repeat(65),
                null))).build())).containsExactly("bundle.hackerGuardian.loginName");
    }
}
