package io.certflow.intake.validation;

import io.certflow.events.Bundle;
import io.certflow.events.FieldError;
import io.certflow.events.Organization;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationRulesTest {

    @Test
    void shouldAcceptWhenOvOrderNamesCompleteOrganization() {
        assertThat(valid(Orders.ov().build()).product().code()).isEqualTo(316);
    }

    @Test
    void shouldRequireOrganizationWhenProductIsOv() {
        assertThat(fields(Orders.ov().organization(null).build())).containsExactly("organization");
    }

    @Test
    void shouldNameEachMissingFieldWhenOrganizationIsEmpty() {
        Organization empty = new Organization(null, null, null, null, null, null, null, null, null, null);

        assertThat(fields(Orders.ov().organization(empty).build())).containsExactlyInAnyOrder(
                "organization.organizationName", "organization.countryName", "organization.localityName");
    }

    @Test
    void shouldAcceptStateWhenLocalityIsAbsent() {
        Organization stateOnly = new Organization("Example Inc", null, null, null, null, null, null, "NJ", null, "US");

        valid(Orders.ov().organization(stateOnly).build());
    }

    @Test
    void shouldRejectCountryWhenCodeIsNotAssigned() {
        assertThat(errors(Orders.ov().organization(withCountry("UK")).build())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("organization.countryName");
            assertThat(e.reason()).contains("'UK' is not an ISO 3166-1 alpha-2 country code");
        });
    }

    @Test
    void shouldRejectCountryWhenCodeIsLowerCase() {
        assertThat(fields(Orders.ov().organization(withCountry("de")).build()))
                .containsExactly("organization.countryName");
    }

    @Test
    void shouldNameEveryFieldWhenLengthsExceedSectigoLimits() {
        Organization tooLong = new Organization("O".repeat(65), "U".repeat(65), "P".repeat(41), "S".repeat(129),
                null, null, "L".repeat(129), "T".repeat(129), "Z".repeat(41), "DE", null, "C".repeat(26),
                "D".repeat(21), null, null);

        assertThat(fields(Orders.ov().organization(tooLong).build())).containsExactlyInAnyOrder(
                "organization.organizationName", "organization.organizationalUnitName", "organization.postOfficeBox",
                "organization.streetAddress1", "organization.localityName", "organization.stateOrProvinceName",
                "organization.postalCode", "organization.companyNumber", "organization.dunsNumber");
    }

    @Test
    void shouldRejectEvOnlyFieldsWhenProductIsOv() {
        assertThat(fields(Orders.ov().organization(Orders.evOrganization()).build()))
                .containsExactlyInAnyOrder("organization.assumedName", "organization.incorporation");
    }

    @Test
    void shouldRejectOrganizationWhenProductIsDv() {
        assertThat(errors(Orders.dv().organization(Orders.organization()).build()))
                .containsExactly(new FieldError("organization", "is only for OV and EV products (or a HackerGuardian "
                        + "bundle's account); a DV certificate names no organization"));
    }

    @Test
    void shouldAcceptOrganizationNameWhenDvOrderBundlesHackerGuardian() {
        Organization account = new Organization("Example Inc", null, null, null, null, null, null, null, null, null);

        valid(Orders.dv().organization(account)
                .bundle(new Bundle(null, null, new Bundle.HackerGuardian(346, "examplehg", null))).build());
    }

    @Test
    void shouldRejectOrganizationIdentifierWhenOrderIsSsl() {
        Organization withIdentifier = new Organization("Example Shop GmbH", null, null, null, null, null, "Berlin",
                null, null, "DE", null, null, null, "VATDE-1", null);

        assertThat(fields(Orders.ov().organization(withIdentifier).build()))
                .containsExactly("organization.organizationIdentifier");
    }

    private static Organization withCountry(String country) {
        return new Organization("Example Shop GmbH", null, null, null, null, null, "Berlin", null, null, country);
    }
}
