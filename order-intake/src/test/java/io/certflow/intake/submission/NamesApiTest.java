package io.certflow.intake.submission;

import io.certflow.events.Customer;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.intake.support.JsonPosts;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses and host names over REST: refused with the field and the reason, or stored and sent in A-labels. */
@MicronautTest(transactional = false)
class NamesApiTest extends IntakeTestContext {

    private static final String IDN = "bücher.example";
    private static final String A_LABELS = "xn--bcher-kva.example";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private JsonPosts posts;

    @BeforeEach
    void posts() {
        posts = new JsonPosts(http);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@example.com", "a,b@example.com", "a<b>@example.com"})
    void shouldNameTheFieldAndStoreNothingWhenTheNotifierCouldNotSendToTheAddress(String address) throws IOException {
        long ordersBefore = rows("orders");
        long outboxBefore = rows("messaging_outbox");

        HttpClientResponseException refused = posts.refusal("/orders",
                json.writeValueAsString(Orders.dv().customer(new Customer(address, null, null)).build()), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("field")).isEqualTo("customer.email");
            assertThat((String) error.get("reason")).startsWith("is not a valid email address: ");
        });
        assertThat(rows("orders")).isEqualTo(ordersBefore);
        assertThat(rows("messaging_outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void shouldStoreAndPublishALabelsWhenTheNamesAreInternationalised() throws IOException {
        String body = json.writeValueAsString(Orders.ovMultiDomain().csr(Csrs.rsa(IDN)).primaryDomainName(IDN)
                .domainNames(List.of(IDN, "www." + IDN)).dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH))
                .customer(new Customer("first.last+tag@sub.example.com", null, null)).build());

        String orderId = (String) posts.post("/orders", body, null).body().get("orderId");

        OrderRequested requested = new EventLog(json).first(Topics.ORDER_REQUESTED, orderId, OrderRequested.class);
        assertThat(requested.order().domainNames()).containsExactly(A_LABELS, "www." + A_LABELS);
        assertThat(requested.order().primaryDomainName()).isEqualTo(A_LABELS);
        assertThat(requested.facts().orderedNames()).containsExactly(A_LABELS, "www." + A_LABELS);
        String stored = (String) queryOne("SELECT details FROM orders WHERE id = '" + orderId + "'");
        assertThat(stored).contains("\"primaryDomainName\":\"" + A_LABELS + "\"").doesNotContain("bücher");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.co.uk", "co.uk"})
    void shouldNameTheEntryWhenANameIsAPublicSuffixOrAWildcardOverOne(String name) throws IOException {
        String body = json.writeValueAsString(Orders.ovMultiDomain().csr(Csrs.rsa("shop.example.co.uk"))
                .primaryDomainName("shop.example.co.uk").domainNames(List.of("shop.example.co.uk", name))
                .dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).build());

        HttpClientResponseException refused = posts.refusal("/orders", body, null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("field")).isEqualTo("domainNames[1]");
            assertThat((String) error.get("reason")).contains("public suffix", "co.uk", "no one may order it");
        });
    }

    @Test
    void shouldAcceptNamesUnderAPublicSuffixWhenTheyAreRegistrable() throws IOException {
        String body = json.writeValueAsString(Orders.ovMultiDomain().csr(Csrs.rsa("example.co.uk"))
                .primaryDomainName("example.co.uk").domainNames(List.of("example.co.uk", "*.example.co.uk"))
                .dcv(Dcv.of(DcvMethod.CNAME_CSR_HASH)).build());

        assertThat(posts.post("/orders", body, null).code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpClientResponseException refused) {
        return (List<Map<String, Object>>) JsonPosts.body(refused).get("errors");
    }
}
