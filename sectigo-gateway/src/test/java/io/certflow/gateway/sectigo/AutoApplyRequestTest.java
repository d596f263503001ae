package io.certflow.gateway.sectigo;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.events.BusinessCategory;
import io.certflow.events.CallbackMethod;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;
import io.certflow.events.Organization;
import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoApplyRequestTest {

    private static final UUID ORDER_ID = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");
    private static final SectigoProperties SETTINGS = new SectigoProperties("http://sectigo", "login", "secret",
            true, "none", 10, Duration.ofSeconds(5), "USD");

    @Test
    void shouldGuardAgainstASecondOrderWhenMappingAnyOrder() {
        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, OrderFixtures.golden(), SETTINGS);

        assertThat(p).containsEntry("foreignOrderNumber", ORDER_ID.toString()).containsEntry("checkFONIsUnique", "Y")
                .containsEntry("uniqueValue", "3f0c6d528a1e4f4b9c2d").containsEntry("emailAddress", "none")
                .containsEntry("test", "Y").containsEntry("showCertificateID", "Y").containsEntry("responseFormat", "1")
                .doesNotContainKeys("loginName", "loginPassword");
    }

    @Test
    void shouldMapTheOrderToSectigoParametersWhenItIsMultiDomainCname() {
        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, OrderFixtures.golden(), SETTINGS);

        assertThat(p).containsEntry("product", "287").containsEntry("days", "365").containsEntry("serverSoftware", "2")
                .containsEntry("domainNames", "shop.example.com,www.shop.example.com")
                .containsEntry("primaryDomainName", "shop.example.com").containsEntry("dcvMethod", "CNAME_CSR_HASH")
                .containsEntry("organizationName", "Example Shop GmbH").containsEntry("countryName", "DE")
                .containsEntry("isCustomerValidated", "N").containsEntry("dcvEmailAddresses", "ALLCNAMECSRHASH")
                .doesNotContainKey("dcvEmailAddress");
        assertThat(p.get("csr")).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
    }

    @Test
    void shouldSendApproverAddressesWhenDcvIsByEmail() {
        var single = OrderFixtures.goldenWith(Dcv.email("admin@shop.example.com"), List.of());
        var multi = OrderFixtures.goldenWith(new Dcv(DcvMethod.EMAIL, null,
                List.of("admin@shop.example.com", "hostmaster@shop.example.com")), List.of("a.shop.example.com",
                "b.shop.example.com"));

        assertThat(AutoApplyRequest.parameters(ORDER_ID, single, SETTINGS))
                .containsEntry("dcvMethod", "EMAIL").containsEntry("dcvEmailAddress", "admin@shop.example.com");
        assertThat(AutoApplyRequest.parameters(ORDER_ID, multi, SETTINGS))
                .containsEntry("dcvEmailAddresses", "admin@shop.example.com,hostmaster@shop.example.com");
    }

    @Test
    void shouldHideThePasswordWhenSettingsArePrinted() {
        assertThat(SETTINGS.toString()).doesNotContain("secret").contains("loginPassword=***");
    }

    @Test
    void shouldListEachNamesApproverOrTokenInDomainOrderWhenMethodsAreMixed() {
        Dcv mixed = new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                new DomainDcv("api.shop.example.com", DcvMethod.HTTP_CSR_HASH, null),
                new DomainDcv("shop.example.com", DcvMethod.EMAIL, "admin@shop.example.com")));

        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, OrderFixtures.ovMultiDomain(mixed), SETTINGS);

        assertThat(p).containsEntry("domainNames", "shop.example.com,www.shop.example.com,api.shop.example.com")
                .containsEntry("dcvEmailAddresses", "admin@shop.example.com,CNAMECSRHASH,HTTPCSRHASH")
                .doesNotContainKeys("dcvMethod", "dcvEmailAddress", "validationTokens");
    }

    @Test
    void shouldSendTheMagicTokenWhenEveryNameUsesTheSameFileMethod() {
        Map<String, String> https = AutoApplyRequest.parameters(ORDER_ID,
                OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.HTTPS_CSR_HASH)), SETTINGS);
        Map<String, String> http = AutoApplyRequest.parameters(ORDER_ID,
                OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.HTTP_CSR_HASH)), SETTINGS);

        assertThat(https).containsEntry("dcvEmailAddresses", "ALLHTTPSCSRHASH").containsEntry("dcvMethod",
                "HTTPS_CSR_HASH");
        assertThat(http).containsEntry("dcvEmailAddresses", "ALLHTTPCSRHASH");
    }

    @Test
    void shouldNameTheDomainWhenAnEmailValidatedNameHasNoApprover() {
        Dcv noApprover = new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(),
                List.of(new DomainDcv("www.shop.example.com", DcvMethod.EMAIL, null)));

        assertThatThrownBy(() -> AutoApplyRequest.parameters(ORDER_ID, OrderFixtures.ovMultiDomain(noApprover),
                SETTINGS)).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("www.shop.example.com")
                .satisfies(e -> assertThat(((InvalidOrderException) e).field()).isEqualTo("dcv.domains"));
    }

    @Test
    void shouldSendTheApplicantRepresentativeWhenTheOrderIsOrganizationValidated() {
        Organization office = new Organization("Example Holding AG", "Legal", "PO 7", "Ring 2", "Floor 3", "Wing B",
                "Hamburg", "Hamburg", "20095", "DE");
        ApplicantRepresentative rep = new ApplicantRepresentative("Erika", "Mustermann", "erika@example.com",
                "+49 30 1234567", "CTO", "+49 30 7654321", office, CallbackMethod.LETTER, true, false);
        OrderDetails order = OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.CNAME_CSR_HASH)).toBuilder()
                .applicantRepresentative(rep).build();

        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, order, SETTINGS);

        assertThat(p).containsEntry("appRepForename", "Erika").containsEntry("appRepSurname", "Mustermann")
                .containsEntry("appRepEmailAddress", "erika@example.com").containsEntry("appRepTelephone",
                        "+49 30 1234567").containsEntry("appRepTitle", "CTO").containsEntry("appRepFax",
                        "+49 30 7654321").containsEntry("appRepOrganizationName", "Example Holding AG")
                .containsEntry("appRepOrganizationalUnitName", "Legal").containsEntry("appRepPostOfficeBox", "PO 7")
                .containsEntry("appRepStreetAddress1", "Ring 2").containsEntry("appRepStreetAddress2", "Floor 3")
                .containsEntry("appRepStreetAddress3", "Wing B").containsEntry("appRepLocalityName", "Hamburg")
                .containsEntry("appRepStateOrProvinceName", "Hamburg").containsEntry("appRepPostalCode", "20095")
                .containsEntry("appRepCountryName", "DE").containsEntry("callbackMethod", "L")
                .containsEntry("isAppRepValidated", "Y").containsEntry("isCallbackCompleted", "N")
                .containsEntry("organizationName", "Example Shop GmbH");
    }

    @Test
    void shouldLeaveTheRepresentativesOrganizationOutWhenItIsTheCertificates() {
        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID,
                OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.CNAME_CSR_HASH)), SETTINGS);

        assertThat(p).containsEntry("callbackMethod", "T").containsEntry("isAppRepValidated", "N")
                .doesNotContainKeys("appRepOrganizationName", "appRepCountryName", "appRepFax");
    }

    @Test
    void shouldSendJurisdictionAndBusinessCategoryWhenTheOrderIsEv() {
        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, OrderFixtures.ev(), SETTINGS);

        assertThat(p).containsEntry("product", "337").containsEntry("assumedName", "Example Shop")
                .containsEntry("companyNumber", "HRB 123456").containsEntry("dunsNumber", "123456789")
                .containsEntry("joiLocalityName", "Berlin").containsEntry("joiStateOrProvinceName", "Berlin")
                .containsEntry("joiCountryName", "DE").containsEntry("dateOfIncorporation", "2001-04-01")
                .containsEntry("businessCategory", "b").containsEntry("dcvMethod", "CNAME_CSR_HASH")
                .doesNotContainKeys("domainNames", "dcvEmailAddresses", "organizationIdentifier");
    }

    @Test
    void shouldWriteEachBusinessCategoryAsSectigosLetter() {
        assertThat(AutoApplySubject.businessCategory(BusinessCategory.PRIVATE_ORGANIZATION)).isEqualTo("b");
        assertThat(AutoApplySubject.businessCategory(BusinessCategory.GOVERNMENT_ENTITY)).isEqualTo("c");
        assertThat(AutoApplySubject.businessCategory(BusinessCategory.BUSINESS_ENTITY)).isEqualTo("d");
    }

    @Test
    void shouldListTheTrustLogoAfterTheCertificateWhenBundled() {
        OrderDetails order = OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.CNAME_CSR_HASH)).toBuilder().product(316)
                .domainNames(List.of()).primaryDomainName(null).bundle(new Bundle(
                        new Bundle.TrustLogo("trust@example.com", "+49 30 1", "+49 30 2"), null, null)).build();

        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, order, SETTINGS);

        assertThat(p).containsEntry("product", "316,36").containsEntry("idaEmailAddress", "trust@example.com")
                .containsEntry("idaTelephoneNumber", "+49 30 1").containsEntry("idaFaxNumber", "+49 30 2");
    }

    @Test
    void shouldSendCodeGuardDomainsAndAccountAddressWhenBundled() {
        OrderDetails order = OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com"))
                .toBuilder().applicantRepresentative(new ApplicantRepresentative(null, null, "john@example.com", null,
                        null, null, null, null, null, null))
                .bundle(new Bundle(null, new Bundle.CodeGuard(700, 1), null)).build();

        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, order, SETTINGS);

        assertThat(p).containsEntry("product", "488,700").containsEntry("domains", "1")
                .containsEntry("appRepEmailAddress", "john@example.com")
                .containsEntry("dcvEmailAddress", "admin@shop.example.com");
    }

    @Test
    void shouldAddTheIpPackAndLoginWhenHackerGuardianIsBundled() {
        OrderDetails order = OrderFixtures.ev().toBuilder()
                .bundle(new Bundle(null, null, new Bundle.HackerGuardian(346, "shopscanner", 5))).build();

        Map<String, String> p = AutoApplyRequest.parameters(ORDER_ID, order, SETTINGS);

        assertThat(p).containsEntry("product", "337,346,356").containsEntry("appRepLoginName", "shopscanner")
                .containsEntry("IP Addresses", "5");
    }
}
