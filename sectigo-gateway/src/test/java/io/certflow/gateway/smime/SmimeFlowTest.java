package io.certflow.gateway.smime;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderPlaced;
import io.certflow.events.OrderRequested;
import io.certflow.events.StatusOrigin;
import io.certflow.events.Topics;
import io.certflow.gateway.support.GatewayTestContext;
import io.certflow.gateway.support.OrderFixtures;
import io.certflow.gateway.support.Sandbox;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * order.requested (S/MIME) → !PlaceOrder → !AutoAuthorize → order.placed; the certificate arrives by
 * collection alone (the sandbox account has no push URL).
 */
@MicronautTest(transactional = false)
class SmimeFlowTest extends GatewayTestContext {

    @Override
    protected Map<String, String> settings() {
        return Map.of("certflow.gateway.sectigo.smime.brand", "certflow-test",
                "certflow.gateway.sectigo.smime.contact-email", "pki@reseller.example");
    }

    @AfterEach
    void restoreSandbox() {
        Sandbox.clearFaults();
    }

    @Test
    void shouldPlaceAuthorizeAndCollectTheCertificateWhenAnSmimeCertificateIsOrdered() throws Exception {
        OrderRequested requested = request(OrderFixtures.smime(2411));
        String orderId = requested.orderId().toString();

        publish(requested);
        OrderPlaced placed = log().first(Topics.ORDER_PLACED, orderId, OrderPlaced.class);

        List<Map<String, Object>> placeCalls = sandboxCalls("!PlaceOrder", "foreignOrderNumber", orderId);
        assertThat(placeCalls).hasSize(1);
        assertThat(placeCalls.get(0)).contains(entry("ap", "certflow-test"), entry("reseller", "Y"),
                entry("emailAddress", "pki@reseller.example"), entry("1_PPP", "2411"),
                entry("1_smimeEmailAddresses", "erika@example.com"), entry("1_smimeSubjectEmail", "erika@example.com"),
                entry("checkFONIsUnique", "Y")).doesNotContainKey("organizationName");
        assertThat(sandboxCalls("!AutoAuthorize", "orderNumber", placed.sectigoOrderNumber())).hasSize(1);
        assertThat(placed.cost()).isEqualByComparingTo("12.00");
        assertThat(placed.dcvInstructions()).isEmpty();
        assertThat(placed.uniqueValue()).isNull();
        assertThat(sandboxOrder(placed.sectigoOrderNumber())).containsEntry("status", "AWAITING_VALIDATION");

        Sandbox.completeValidation(placed.sectigoOrderNumber());
        CertificateIssued issued = log().first(Topics.CERTIFICATE_ISSUED, placed.orderId().toString(),
                CertificateIssued.class);
        CertificateStatusChanged status = log().first(Topics.CERTIFICATE_STATUS_CHANGED, placed.orderId().toString(),
                CertificateStatusChanged.class);

        assertThat(issued.origin()).isEqualTo(StatusOrigin.COLLECTION);
        assertThat(issued.orderId()).isEqualTo(requested.orderId());
        assertThat(issued.chainPems()).hasSize(2);
        X509Certificate leaf = parse(issued.certificatePem());
        assertThat(leaf.getSubjectAlternativeNames().stream().map(san -> String.valueOf(san.get(1))))
                .contains("erika@example.com");
        assertThat(leaf.getIssuerX500Principal()).isEqualTo(parse(issued.chainPems().get(0)).getSubjectX500Principal());
        assertThat(status.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(status.origin()).isEqualTo(StatusOrigin.COLLECTION);
        assertThat(scalar("SELECT state FROM collection WHERE sectigo_order_number = '"
                + placed.sectigoOrderNumber() + "'")).isEqualTo("SETTLED");
        assertThat(Sandbox.pushes()).doesNotContain("\"" + placed.sectigoOrderNumber() + "\"");
    }

    @Test
    void shouldSendTheOrganizationAndItsIdentifierWhenTheCertificateIsOrganizationValidated() {
        OrderRequested requested = request(OrderFixtures.smime(243));

        publish(requested);
        OrderPlaced placed = log().first(Topics.ORDER_PLACED, requested.orderId().toString(), OrderPlaced.class);

        assertThat(sandboxCalls("!PlaceOrder", "foreignOrderNumber", requested.orderId().toString()).get(0))
                .contains(entry("organizationName", "Example Shop GmbH"), entry("countryName", "DE"),
                        entry("1_organizationIdentifier", "VATDE-123456789"), entry("1_smimeSubjectCN", "Y"));
        assertThat(sandboxOrder(placed.sectigoOrderNumber())).containsEntry("organizationName", "Example Shop GmbH")
                .containsEntry("validation", "ORGANIZATION");
    }

    @Test
    void shouldAuthorizeTheOneOrderSectigoHasWhenThePlaceOrderAnswerWasLost() {
        Sandbox.faults("{\"dropResponseBurst\":1}");
        OrderRequested requested = request(OrderFixtures.smime(2411));
        String orderId = requested.orderId().toString();

        publish(requested);
        OrderPlaced placed = log().first(Topics.ORDER_PLACED, orderId, OrderPlaced.class);

        assertThat(sandboxOrdersWithForeignOrderNumber(orderId)).hasSize(1).first()
                .satisfies(order -> assertThat(order).containsEntry("orderNumber", placed.sectigoOrderNumber())
                        .containsEntry("status", "AWAITING_VALIDATION"));
        assertThat(sandboxCalls("!PlaceOrder", "foreignOrderNumber", orderId)).hasSize(2);
        assertThat(count("sectigo_call WHERE order_id = '" + orderId + "' AND endpoint = '!WebHostReport'"))
                .isEqualTo(1);
        assertThat(sandboxCalls("!AutoAuthorize", "orderNumber", placed.sectigoOrderNumber())).hasSize(1);
        assertThat(log().all(Topics.ORDER_PLACED, orderId, OrderPlaced.class)).hasSize(1);
    }

    private EventLog log() {
        return new EventLog(json);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static OrderRequested request(OrderDetails details) {
        return OrderFixtures.requested(UUID.randomUUID(), details);
    }
}
