package io.certflow.gateway.sectigo;

import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceOrderRequestTest {

    private static final UUID ORDER_ID = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");
    private static final SectigoProperties SETTINGS = new SectigoProperties("http://sectigo", "login", "secret",
            false, "none", 10, Duration.ofSeconds(5), "USD");
    private static final SmimeProperties RESELLER = new SmimeProperties("certflow", true, "pki@reseller.example");

    @Test
    void shouldSendTheResellerFieldsAndOneItemWhenTheOrderIsMailboxValidated() {
        Map<String, String> p = PlaceOrderRequest.parameters(ORDER_ID, OrderFixtures.smime(2411), SETTINGS, RESELLER);

        assertThat(p).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("ap", "certflow"), Map.entry("reseller", "Y"),
                Map.entry("emailAddress", "pki@reseller.example"), Map.entry("1_PPP", "2411"),
                Map.entry("1_csr", OrderFixtures.GOLDEN_CSR), Map.entry("1_smimeEmailAddresses", "erika@example.com"),
                Map.entry("1_smimeSubjectEmail", "erika@example.com"),
                Map.entry("foreignOrderNumber", ORDER_ID.toString()), Map.entry("checkFONIsUnique", "Y"),
                Map.entry("test", "N")));
    }

    @Test
    void shouldNeverSendTheCustomersAddressAsSectigosContact() {
        Map<String, String> p = PlaceOrderRequest.parameters(ORDER_ID, OrderFixtures.smime(2411), SETTINGS, RESELLER);

        assertThat(p.get("emailAddress")).isEqualTo("pki@reseller.example")
                .isNotEqualTo(OrderFixtures.smime(2411).customer().email());
    }

    @Test
    void shouldSendTheOrganizationAndItsIdentifierWhenTheOrderIsOrganizationValidated() {
        Map<String, String> p = PlaceOrderRequest.parameters(ORDER_ID, OrderFixtures.smime(243), SETTINGS,
                new SmimeProperties("certflow", false, "pki@reseller.example"));

        assertThat(p).containsEntry("reseller", "N").containsEntry("1_PPP", "243")
                .containsEntry("organizationName", "Example Shop GmbH").containsEntry("streetAddress1", "Hauptstrasse 1")
                .containsEntry("localityName", "Berlin").containsEntry("stateOrProvinceName", "Berlin")
                .containsEntry("postalCode", "10115").containsEntry("countryName", "DE")
                .containsEntry("1_organizationIdentifier", "VATDE-123456789").containsEntry("1_smimeSubjectCN", "Y");
    }

    @Test
    void shouldNameTheFieldWhenAnOrganizationValidatedOrderHasNoOrganization() {
        var order = OrderFixtures.smime(243).toBuilder().organization(null).build();

        assertThatThrownBy(() -> PlaceOrderRequest.parameters(ORDER_ID, order, SETTINGS, RESELLER))
                .isInstanceOf(InvalidOrderException.class)
                .satisfies(e -> assertThat(((InvalidOrderException) e).field()).isEqualTo("organization"));
    }
}
