package io.certflow.gateway.placement;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** OV, EV, multi-domain and bundle orders, checked against what the sandbox received and made of them. */
@MicronautTest(transactional = false)
class ProductPlacementFlowTest extends GatewayTestContext {

    @Test
    void shouldSendExactlySectigosParametersWhenAnOvMultiDomainOrderIsValidatedByCname() {
        OrderRequested requested = request(OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.CNAME_CSR_HASH)));
        String orderId = requested.orderId().toString();

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        List<Map<String, Object>> calls = sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", orderId);
        assertThat(calls).hasSize(1);
        Map<String, Object> parameters = new java.util.HashMap<>(calls.get(0));
        assertThat(String.valueOf(parameters.remove("csr")).strip()).isEqualTo(OrderFixtures.GOLDEN_CSR.strip());
        assertThat(parameters).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("loginName", Sandbox.LOGIN), entry("loginPassword", "****"), entry("product", "583"),
                entry("days", "365"), entry("serverSoftware", "-1"), entry("isCustomerValidated", "N"),
                entry("domainNames", "shop.example.com,www.shop.example.com,api.shop.example.com"),
                entry("primaryDomainName", "shop.example.com"), entry("dcvMethod", "CNAME_CSR_HASH"),
                entry("dcvEmailAddresses", "ALLCNAMECSRHASH"), entry("organizationName", "Example Shop GmbH"),
                entry("organizationalUnitName", "IT"), entry("streetAddress1", "Hauptstrasse 1"),
                entry("localityName", "Berlin"), entry("stateOrProvinceName", "Berlin"), entry("postalCode", "10115"),
                entry("countryName", "DE"), entry("appRepForename", "Erika"), entry("appRepSurname", "Mustermann"),
                entry("appRepEmailAddress", "erika@example.com"), entry("appRepTelephone", "+49 30 1234567"),
                entry("appRepTitle", "CTO"), entry("callbackMethod", "T"), entry("isAppRepValidated", "N"),
                entry("isCallbackCompleted", "N"), entry("uniqueValue", placed.uniqueValue()),
                entry("foreignOrderNumber", orderId), entry("checkFONIsUnique", "Y"), entry("emailAddress", "none"),
                entry("showCertificateID", "Y"), entry("responseFormat", "1"), entry("test", "N")));
        Map<String, Object> order = sandboxOrder(placed.sectigoOrderNumber());
        assertThat(order).containsEntry("validation", "OV").containsEntry("organizationName", "Example Shop GmbH")
                .containsEntry("foreignOrderNumber", orderId);
        assertThat(strings(order.get("dnsNames"))).containsExactly("shop.example.com", "www.shop.example.com",
                "api.shop.example.com");
        assertThat(placed.dcvInstructions()).extracting(DcvInstruction::method).containsOnly(DcvMethod.CNAME_CSR_HASH)
                .hasSize(3);
    }

    @Test
    void shouldGiveEachDomainItsOwnInstructionWhenDcvMethodsAreMixed() {
        Dcv mixed = new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                new DomainDcv("shop.example.com", DcvMethod.EMAIL, "admin@shop.example.com"),
                new DomainDcv("api.shop.example.com", DcvMethod.HTTP_CSR_HASH, null)));
        OrderRequested requested = request(OrderFixtures.ovMultiDomain(mixed));

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .containsEntry("dcvEmailAddresses", "admin@shop.example.com,CNAMECSRHASH,HTTPCSRHASH")
                .doesNotContainKey("dcvMethod");
        assertThat(placed.dcvInstructions()).extracting(DcvInstruction::domain, DcvInstruction::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop.example.com", DcvMethod.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("www.shop.example.com", DcvMethod.CNAME_CSR_HASH),
                        org.assertj.core.groups.Tuple.tuple("api.shop.example.com", DcvMethod.HTTP_CSR_HASH));
        assertThat(placed.dcvInstructions().get(0).emailAddress()).isEqualTo("admin@shop.example.com");
        assertThat(placed.dcvInstructions().get(1).cnameTarget()).endsWith(placed.uniqueValue() + ".sectigo.com");
        assertThat(placed.dcvInstructions().get(2).httpFileUrl()).startsWith("http://api.shop.example.com/");
    }

    @Test
    void shouldSendTheJurisdictionAndBusinessCategoryWhenTheOrderIsEv() {
        OrderRequested requested = request(OrderFixtures.ev());

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .contains(entry("product", "337"), entry("joiLocalityName", "Berlin"),
                        entry("joiStateOrProvinceName", "Berlin"), entry("joiCountryName", "DE"),
                        entry("dateOfIncorporation", "2001-04-01"), entry("businessCategory", "b"),
                        entry("assumedName", "Example Shop"), entry("companyNumber", "HRB 123456"),
                        entry("dunsNumber", "123456789"), entry("appRepEmailAddress", "erika@example.com"));
        assertThat(sandboxOrder(placed.sectigoOrderNumber())).containsEntry("validation", "EV");
        assertThat(placed.cost()).isEqualByComparingTo("140.00");
    }

    @Test
    void shouldOrderTheTrustLogoWithTheCertificateWhenAnOvOrderBundlesIt() {
        OrderDetails ovWithLogo = OrderFixtures.ev().toBuilder().product(316).organization(OrderFixtures.organization())
                .bundle(new Bundle(new Bundle.TrustLogo("trust@example.com", "+49 30 1", null), null, null)).build();
        OrderRequested requested = request(ovWithLogo);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .contains(entry("product", "316,36"), entry("idaEmailAddress", "trust@example.com"),
                        entry("idaTelephoneNumber", "+49 30 1"));
        assertThat(strings(sandboxOrder(placed.sectigoOrderNumber()).get("productCodes"))).containsExactly("316", "36");
        assertThat(placed.cost()).isEqualByComparingTo("70.00");
    }

    @Test
    void shouldOrderACodeGuardAccountWithTheCertificateWhenADvOrderBundlesIt() {
        OrderDetails dvWithCodeGuard = OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com"))
                .toBuilder().applicantRepresentative(new ApplicantRepresentative(null, null, "john@example.com", null,
                        null, null, null, null, null, null))
                .bundle(new Bundle(null, new Bundle.CodeGuard(700, 1), null)).build();
        OrderRequested requested = request(dvWithCodeGuard);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .contains(entry("product", "488,700"), entry("domains", "1"),
                        entry("appRepEmailAddress", "john@example.com"));
        assertThat(strings(sandboxOrder(placed.sectigoOrderNumber()).get("productCodes"))).containsExactly("488", "700");
        assertThat(placed.cost()).isEqualByComparingTo("85.00");
    }

    @Test
    void shouldAddTheIpPackWhenHackerGuardianIsBundledWithAnEvOrder() {
        OrderDetails evWithScans = OrderFixtures.ev().toBuilder()
                .bundle(new Bundle(null, null, new Bundle.HackerGuardian(346, "shopscanner", 5))).build();
        OrderRequested requested = request(evWithScans);

        publish(requested);
        OrderPlaced placed = placed(requested.orderId());

        assertThat(sandboxCalls("!AutoApplyOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .contains(entry("product", "337,346,356"), entry("appRepLoginName", "shopscanner"),
                        entry("IP Addresses", "5"));
        assertThat(strings(sandboxOrder(placed.sectigoOrderNumber()).get("productCodes")))
                .containsExactly("337", "346", "356");
    }

    private OrderPlaced placed(UUID orderId) {
        return new EventLog(json).first(Topics.ORDER_PLACED, orderId.toString(), OrderPlaced.class);
    }

    private static OrderRequested request(OrderDetails details) {
        return OrderFixtures.requested(UUID.randomUUID(), details);
    }
}
