package io.certflow.intake.submission;

import io.certflow.events.Dcv;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.intake.csr.Csrs;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OrderApiTest extends IntakeTestContext {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private JsonPosts client;

    @BeforeAll
    void client() {
        client = new JsonPosts(http);
    }

    @Test
    void shouldAcceptAndPublishRequestedWhenDvOrderIsValid() throws IOException {
        HttpResponse<Map> response = post(body(Orders.dv().build()), null);

        assertThat(response.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String orderId = (String) response.body().get("orderId");
        assertThat(response.header("Location")).isEqualTo("/orders/" + orderId);
        OrderRequested requested = new EventLog(json).first(Topics.ORDER_REQUESTED, orderId, OrderRequested.class);
        assertThat(requested.order().csr()).isEqualTo(Orders.dv().build().csr());
        assertThat(requested.metadata().source()).isEqualTo("order-intake");
        assertThat(requested.channel()).isEqualTo(OrderChannel.API);
        assertThat(requested.facts().commonName()).isEqualTo(Orders.DOMAIN);
        assertThat(requested.facts().orderedNames()).containsExactly(Orders.DOMAIN);
        assertThat(requested.facts().keyAlgorithm()).isEqualTo("RSA");
        assertThat(requested.facts().keySize()).isEqualTo(2048);
        assertThat(requested.facts().csrSha256()).hasSize(64);
        Map<?, ?> view = client.get("/orders/" + orderId);
        assertThat(view.get("status")).isEqualTo("REQUESTED");
        assertThat((List<?>) view.get("timeline")).hasSize(1);
    }

    @Test
    void shouldNameFieldsAndStoreNothingWhenOrderIsInvalid() throws IOException {
        long ordersBefore = rows("orders");
        long outboxBefore = rows("messaging_outbox");
        String bad = body(Orders.dv().csr(Csrs.withBadSignature(Orders.DOMAIN)).dcv(Dcv.email("ceo@example.org"))
                .build());

        HttpClientResponseException refused = refusal(bad, null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(refused.getResponse().getBody(Map.class).orElseThrow().get("errors").toString())
                .contains("field=csr", "has an invalid signature");
        assertThat(rows("orders")).isEqualTo(ordersBefore);
        assertThat(rows("messaging_outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void shouldAnswerTheFirstOrderWhenIdempotencyKeyIsRepeated() throws IOException {
        String key = "retry-" + UUID.randomUUID();
        String body = body(Orders.dv().build());

        Object first = post(body, key).body().get("orderId");
        Object second = post(body, key).body().get("orderId");

        assertThat(second).isEqualTo(first);
        assertThat(rows("orders WHERE request_id = '" + key + "'")).isEqualTo(1);
    }

    @Test
    void shouldAnswerConflictWhenIdempotencyKeyIsReusedForAnotherOrder() throws IOException {
        String key = "reuse-" + UUID.randomUUID();
        post(body(Orders.dv().build()), key);

        HttpClientResponseException refused = refusal(body(Orders.dv().days(730).build()), key);

        assertThat(refused.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void shouldAnswerNotFoundWhenOrderIsUnknown() {
        HttpClientResponseException missing = client.getRefusal("/orders/" + UUID.randomUUID());

        assertThat(missing.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private String body(Object order) throws IOException {
        return json.writeValueAsString(order);
    }

    private HttpResponse<Map> post(String body, String idempotencyKey) {
        return client.post("/orders", body, idempotencyKey);
    }

    private HttpClientResponseException refusal(String body, String idempotencyKey) {
        return client.refusal("/orders", body, idempotencyKey);
    }
}
