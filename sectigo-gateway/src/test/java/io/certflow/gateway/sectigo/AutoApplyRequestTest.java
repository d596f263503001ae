package io.certflow.gateway.sectigo;

import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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
                .containsEntry("isCustomerValidated", "N").doesNotContainKey("dcvEmailAddress");
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
}
