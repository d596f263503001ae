package io.certflow.intake.validation;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Organization;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicantRepresentativeRulesTest {

    @Test
    void shouldRequireRepresentativeWhenProductIsOv() {
        assertThat(fields(Orders.ov().applicantRepresentative(null).build())).containsExactly("applicantRepresentative");
    }

    @Test
    void shouldNameCallbackContactWhenRepresentativeIsEmpty() {
        ApplicantRepresentative empty = new ApplicantRepresentative(null, null, null, null, null, null, null, null,
                null, null);

        assertThat(fields(Orders.ov().applicantRepresentative(empty).build())).containsExactlyInAnyOrder(
                "applicantRepresentative.forename", "applicantRepresentative.surname",
                "applicantRepresentative.telephone", "applicantRepresentative.emailAddress");
    }

    @Test
    void shouldNotRequireContactWhenResellerCompletedCallback() {
        ApplicantRepresentative done = new ApplicantRepresentative(null, null, null, null, null, null, null, null,
                true, true);

        valid(Orders.ov().applicantRepresentative(done).build());
    }

    @Test
    void shouldRequireValidatedWhenCallbackIsCompleted() {
        ApplicantRepresentative done = new ApplicantRepresentative(null, null, null, null, null, null, null, null,
                false, true);

        assertThat(fields(Orders.ov().applicantRepresentative(done).build()))
                .containsExactly("applicantRepresentative.validated");
    }

    @Test
    void shouldRejectEmailAndLengthsWhenMalformed() {
        ApplicantRepresentative bad = new ApplicantRepresentative("Erika", "Mustermann", "erika(at)example.com",
                "+49".repeat(11), "T".repeat(65), "F".repeat(33), null, null, null, null);

        assertThat(fields(Orders.ov().applicantRepresentative(bad).build())).containsExactlyInAnyOrder(
                "applicantRepresentative.emailAddress", "applicantRepresentative.telephone",
                "applicantRepresentative.title", "applicantRepresentative.fax");
    }

    @Test
    void shouldValidateRepresentativeOrganizationLikeAnAddress() {
        Organization elsewhere = new Organization("Holding AG", null, null, null, null, null, null, null, null, "XX");
        ApplicantRepresentative representative = new ApplicantRepresentative("Erika", "Mustermann",
                "erika@example.com", "+49 30 1", null, null, elsewhere, null, null, null);

        assertThat(fields(Orders.ov().applicantRepresentative(representative).build())).containsExactlyInAnyOrder(
                "applicantRepresentative.organization.countryName",
                "applicantRepresentative.organization.localityName");
    }

    @Test
    void shouldRejectRepresentativeWhenDvOrderHasNoCodeGuard() {
        assertThat(fields(Orders.dv().applicantRepresentative(Orders.representative()).build()))
                .containsExactly("applicantRepresentative");
    }
}
