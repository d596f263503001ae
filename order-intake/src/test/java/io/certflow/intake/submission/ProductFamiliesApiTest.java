package io.certflow.intake.submission;

import io.certflow.events.ApplicantRepresentative;
import io.certflow.events.Bundle;
import io.certflow.events.CallbackMethod;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRequested;
import io.certflow.events.Organization;
import io.certflow.events.Smime;
import io.certflow.events.Topics;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.intake.support.JsonPosts;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every product family through {@code POST /orders}: accepted whole, or refused naming the field. */
@MicronautTest(transactional = false)
class ProductFamiliesApiTest extends IntakeTestContext {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private JsonPosts client;

    @BeforeAll
    void wire() {
        client = new JsonPosts(http);
    }

    @Test
    void shouldPublishEveryFieldWhenOvMultiDomainOrderIsAccepted() throws IOException {
        OrderDetails order = everyOvField();

        HttpResponse<Map> response = client.post("/orders", json.writeValueAsString(order), null);

        assertThat(response.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String orderId = (String) response.body().get("orderId");
        OrderRequested requested = new EventLog(json).first(Topics.ORDER_REQUESTED, orderId, OrderRequested.class);
        assertThat(requested.order()).isEqualTo(order);
        assertThat(requested.replacesOrderId()).isNull();
    }

    @Test
    void shouldPublishFixedDaysWhenSmimeOrderOmitsThem() throws IOException {
        HttpResponse<Map> response = client.post("/orders",
                json.writeValueAsString(Orders.smimeOv().product(2432).days(null).build()), null);

        String orderId = (String) response.body().get("orderId");
        OrderRequested requested = new EventLog(json).first(Topics.ORDER_REQUESTED, orderId, OrderRequested.class);
        assertThat(requested.order().days()).isEqualTo(730);
        assertThat(requested.order().organization().organizationIdentifier()).isEqualTo("VATDE-123456789");
    }

    @Test
    void shouldRefuseOrganizationWhenCountryIsNotIso() throws IOException {
        assertRefused(Orders.ov().organization(new Organization("Example Ltd", null, null, null, null, null, "London",
                null, null, "UK")).build(), "organization.countryName");
    }

    @Test
    void shouldRefuseApplicantRepresentativeWhenOvOrderHasNone() throws IOException {
        assertRefused(Orders.ov().applicantRepresentative(null).build(), "applicantRepresentative");
    }

    @Test
    void shouldRefuseEvOrderWhenIncorporationIsMissing() throws IOException {
        assertRefused(Orders.ev().organization(Orders.organization()).build(), "organization.incorporation");
    }

    @Test
    void shouldRefuseMultiDomainOrderWhenApproversDoNotMatchNames() throws IOException {
        assertRefused(Orders.ovMultiDomain().dcv(new Dcv(DcvMethod.EMAIL, null, List.of("admin@shop.example.com")))
                .build(), "dcv.emailAddresses");
    }

    @Test
    void shouldRefuseBundleWhenTrustLogoIsOrderedWithDv() throws IOException {
        assertRefused(Orders.dv().bundle(new Bundle(new Bundle.TrustLogo(null, null, null), null, null)).build(),
                "bundle.trustLogo");
    }

    @Test
    void shouldRefuseSmimeOrderWhenMailboxesAreMissing() throws IOException {
        assertRefused(Orders.smime().smime(new Smime(List.of(), null, null)).build(), "smime.emailAddresses");
    }

    private void assertRefused(OrderDetails order, String field) throws IOException {
        long orders = rows("orders");
        long outbox = rows("messaging_outbox");

        HttpClientResponseException refused = client.refusal("/orders", json.writeValueAsString(order), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        List<?> errors = (List<?>) JsonPosts.body(refused).get("errors");
        assertThat(errors.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("field"))).toList())
                .containsExactly(field);
        assertThat(rows("orders")).isEqualTo(orders);
        assertThat(rows("messaging_outbox")).isEqualTo(outbox);
    }

    /** An OV multi-domain order with every optional field the contract has for it. */
    private static OrderDetails everyOvField() {
        Organization holding = new Organization("Example Holding AG", "Legal", "PO 7", "Ring 1", "Hof 2", "3. OG",
                "Munich", "Bavaria", "80331", "DE");
        return Orders.ovMultiDomain()
                .serverSoftware(2)
                .organization(new Organization("Example Shop GmbH", "IT", "PO 12", "Hauptstrasse 1", "Hof 2", "3. OG",
                        "Berlin", "Berlin", "10115", "DE", null, "HRB 123456", "123456789", null, null))
                .applicantRepresentative(new ApplicantRepresentative("Erika", "Mustermann", "erika@example.com",
                        "+49 30 1234567", "Head of IT", "+49 30 7654321", holding, CallbackMethod.LETTER, false, false))
                .dcv(new Dcv(DcvMethod.CNAME_CSR_HASH, null, List.of(), List.of(
                        new DomainDcv(Orders.NAMES.get(0), DcvMethod.CNAME_CSR_HASH, null),
                        new DomainDcv(Orders.NAMES.get(1), DcvMethod.HTTPS_CSR_HASH, null),
                        new DomainDcv(Orders.NAMES.get(2), DcvMethod.EMAIL, "admin@example.com"))))
                .bundle(new Bundle(new Bundle.TrustLogo("trust@example.com", "+49 30 1", "+49 30 2"),
                        new Bundle.CodeGuard(701, 12), new Bundle.HackerGuardian(346, "examplehg", 5)))
                .build();
    }
}
