package io.certflow.intake.validation;

import io.certflow.events.Bundle;
import io.certflow.events.Dcv;
import io.certflow.events.Organization;
import io.certflow.events.Smime;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.certflow.intake.validation.Validation.errors;
import static io.certflow.intake.validation.Validation.fields;
import static io.certflow.intake.validation.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

class SmimeRulesTest {

    @Test
    void shouldAcceptMailboxOrderWhenCsrHasNoCommonName() {
        ValidationResult.Valid valid = valid(Orders.smime().build());

        assertThat(valid.product().code()).isEqualTo(2411);
        assertThat(valid.csr().commonName()).isNull();
    }

    @Test
    void shouldFillInFixedDaysWhenAbsent() {
        assertThat(valid(Orders.smime().product(2412).days(null).build()).order().days()).isEqualTo(730);
    }

    @Test
    void shouldRejectDaysWhenNotTheProductsValidity() {
        assertThat(errors(Orders.smime().product(2432).organization(Orders.smimeOv().build().organization())
                .days(365).build())).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("days");
                    assertThat(e.reason()).contains("product 2432 is sold for 730 days");
                });
    }

    @Test
    void shouldRejectSslProductWhenTypeIsSmime() {
        assertThat(fields(Orders.smime().product(488).build())).containsExactly("product");
    }

    @Test
    void shouldRejectSmimeProductWhenTypeIsSsl() {
        assertThat(errors(Orders.dv().product(2411).build())).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("order it with type SMIME"));
    }

    @Test
    void shouldRequireMailboxesWhenAbsent() {
        assertThat(fields(Orders.smime().smime(null).build())).containsExactly("smime.emailAddresses");
    }

    @Test
    void shouldNameMailboxWhenInvalidAndSubjectEmailWhenNotListed() {
        Smime smime = new Smime(List.of("ada@example.com", "not-a-mailbox"), "bob@example.com", null);

        assertThat(fields(Orders.smime().smime(smime).build()))
                .containsExactlyInAnyOrder("smime.emailAddresses[1]", "smime.subjectEmail");
    }

    @Test
    void shouldRejectMailboxesWhenJoinedLongerThan255() {
        List<String> many = List.of("a".repeat(60) + "@example.com", "b".repeat(60) + "@example.com",
                "c".repeat(60) + "@example.com", "d".repeat(60) + "@example.com");

        assertThat(fields(Orders.smime().smime(new Smime(many, null, null)).build()))
                .containsExactly("smime.emailAddresses");
    }

    @Test
    void shouldRejectEveryFieldWhenItIsSslOnly() {
        assertThat(fields(Orders.smime().dcv(Dcv.email("admin@example.com")).serverSoftware(-1)
                .domainNames(List.of("example.com")).primaryDomainName("example.com")
                .bundle(new Bundle(null, null, null)).applicantRepresentative(Orders.representative()).build()))
                .containsExactlyInAnyOrder("dcv", "serverSoftware", "domainNames", "primaryDomainName", "bundle",
                        "applicantRepresentative");
    }

    @Test
    void shouldAcceptOrganizationValidatedOrderWhenIdentifierIsGiven() {
        valid(Orders.smimeOv().smime(new Smime(List.of("ada@example.com"), null, true)).build());
    }

    @Test
    void shouldRequireNameCountryAndIdentifierWhenOrganizationValidated() {
        Organization bare = new Organization(null, null, null, null, null, null, null, null, null, "ZZ");

        assertThat(fields(Orders.smimeOv().organization(bare).build())).containsExactlyInAnyOrder(
                "organization.organizationName", "organization.countryName", "organization.organizationIdentifier");
    }

    @Test
    void shouldRejectOrganizationWhenMailboxValidated() {
        assertThat(fields(Orders.smime().organization(Orders.smimeOv().build().organization())
                .smime(new Smime(List.of("ada@example.com"), null, true)).build()))
                .containsExactlyInAnyOrder("organization", "smime.organizationInCommonName");
    }

    @Test
    void shouldStillCheckCsrWhenOrderIsSmime() {
        assertThat(fields(Orders.smime().csr(Csrs.of(Csrs.RSA_1024, "ada")).build())).containsExactly("csr");
    }

    @Test
    void shouldRejectSmimeFieldsWhenOrderIsSsl() {
        assertThat(fields(Orders.dv().smime(new Smime(List.of("ada@example.com"), null, null)).build()))
                .containsExactly("smime");
    }
}
