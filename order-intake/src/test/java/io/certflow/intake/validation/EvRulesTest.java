package io.certflow.intake.validation;

import io.certflow.events.BusinessCategory;
import io.certflow.events.Incorporation;
import io.certflow.events.Organization;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class EvRulesTest {

    @Test
    void shouldAcceptWhenEvOrderNamesJurisdictionAndCategory() {
        assertThat(valid(Orders.ev().build()).product().code()).isEqualTo(337);
    }

    @Test
    void shouldRequireIncorporationWhenProductIsEv() {
        assertThat(fields(Orders.ev().organization(Orders.organization()).build()))
                .containsExactly("organization.incorporation");
    }

    @Test
    void shouldNameCountryAndCategoryWhenIncorporationIsEmpty() {
        assertThat(fields(ev(new Incorporation(null, null, null, null, null)))).containsExactlyInAnyOrder(
                "organization.incorporation.countryName", "organization.incorporation.businessCategory");
    }

    @Test
    void shouldRejectJurisdictionCountryWhenNotIso() {
        assertThat(fields(ev(new Incorporation(null, null, "Germany", null, BusinessCategory.BUSINESS_ENTITY))))
                .containsExactly("organization.incorporation.countryName");
    }

    @Test
    void shouldRejectDateWhenNotYearMonthDay() {
        assertThat(errors(ev(incorporatedOn("01.04.2011")))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("organization.incorporation.dateOfIncorporation");
            assertThat(e.reason()).contains("YYYY-MM-DD");
        });
    }

    @Test
    void shouldRejectDateWhenItDoesNotExist() {
        assertThat(fields(ev(incorporatedOn("2011-02-30"))))
                .containsExactly("organization.incorporation.dateOfIncorporation");
    }

    @Test
    void shouldRejectDateWhenInTheFuture() {
        assertThat(errors(ev(incorporatedOn("2026-11-23")))).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("is in the future"));
    }

    @Test
    void shouldAcceptDateWhenToday() {
        valid(ev(incorporatedOn("2026-11-22")));
    }

    @Test
    void shouldRejectJurisdictionLengthsWhenTooLong() {
        Incorporation longNames = new Incorporation("L".repeat(129), "S".repeat(129), "DE", null,
                BusinessCategory.GOVERNMENT_ENTITY);

        assertThat(fields(ev(longNames))).containsExactlyInAnyOrder("organization.incorporation.localityName",
                "organization.incorporation.stateOrProvinceName");
    }

    private static Incorporation incorporatedOn(String date) {
        return new Incorporation("Berlin", null, "DE", date, BusinessCategory.PRIVATE_ORGANIZATION);
    }

    private static io.certflow.events.OrderDetails ev(Incorporation incorporation) {
        Organization base = Orders.evOrganization();
        return Orders.ev().organization(new Organization(base.organizationName(), null, null, null, null, null,
                base.localityName(), null, null, base.countryName(), null, null, null, null, incorporation)).build();
    }
}
