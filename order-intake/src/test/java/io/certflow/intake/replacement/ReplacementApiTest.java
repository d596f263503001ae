package io.certflow.intake.replacement;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.JsonPosts;
import io.certflow.intake.support.LifecycleTestContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReplacementApiTest extends LifecycleTestContext {

    private static final String NEW_CSR = Csrs.of(Csrs.EC_P256, Orders.DOMAIN);


    @Test
    void shouldCreateLinkedOrderAndPublishRequestedWhenOrderIsIssued() throws IOException {
        UUID old = lifecycle.issued(Orders.ov().build());

        HttpResponse<Map> response = client.post(path(old), body(NEW_CSR, true), null);

        assertThat(response.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String newId = (String) response.body().get("orderId");
        assertThat(newId).isNotEqualTo(old.toString());
        assertThat(response.header("Location")).isEqualTo("/orders/" + newId);
        assertThat(response.body().get("status")).isEqualTo("REQUESTED");
        OrderRequested requested = lifecycle.events().first(Topics.ORDER_REQUESTED, newId, OrderRequested.class);
        assertThat(requested.replacesOrderId()).isEqualTo(old);
        assertThat(requested.revokeReplaced()).isTrue();
        assertThat(requested.order()).isEqualTo(Orders.ov().csr(NEW_CSR).build());
        assertThat(requested.facts().keyAlgorithm()).as("facts of the new CSR").isEqualTo("EC");
        assertThat(requested.facts().orderedNames()).containsExactly(Orders.DOMAIN);
        assertThat(client.get("/orders/" + newId)).containsEntry("replacesOrderId", old.toString())
                .containsEntry("status", "REQUESTED");
        assertThat(client.get("/orders/" + old)).containsEntry("replacedByOrderId", newId)
                .containsEntry("status", "ISSUED");
    }

    @Test
    void shouldMarkOldOrderReplacedWhenReplacementCertificateIsStored() throws IOException {
        UUID old = lifecycle.issued(Orders.dv().build());
        UUID replacement = UUID.fromString((String) client.post(path(old), body(NEW_CSR, null), null).body()
                .get("orderId"));

        lifecycle.stored(replacement, lifecycle.placed(replacement));

        lifecycle.awaitStatus(replacement, OrderStatus.ISSUED);
        assertThat(lifecycle.awaitStatus(old, OrderStatus.REPLACED).timeline()).last()
                .satisfies(step -> assertThat(step.description()).contains("Replaced by order " + replacement));
    }

    @Test
    void shouldAnswerConflictAndStoreNothingWhenOrderIsNotIssued() throws IOException {
        UUID requested = lifecycle.requested(Orders.dv().build());
        long orders = rows("orders");

        HttpClientResponseException refused = client.refusal(path(requested), body(NEW_CSR, null), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(JsonPosts.body(refused).get("message")).asString()
                .contains("is REQUESTED; only an ISSUED order can be replaced");
        assertThat(rows("orders")).isEqualTo(orders);
    }

    @Test
    void shouldAnswerConflictWhenAReplacementIsAlreadyUnderWay() throws IOException {
        UUID old = lifecycle.issued(Orders.dv().build());
        Object first = client.post(path(old), body(NEW_CSR, null), null).body().get("orderId");

        HttpClientResponseException refused = client.refusal(path(old), body(NEW_CSR, null), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(JsonPosts.body(refused)).containsEntry("orderId", first);
    }

    @Test
    void shouldAnswerFirstReplacementWhenIdempotencyKeyIsRepeated() throws IOException {
        UUID old = lifecycle.issued(Orders.dv().build());
        String key = "replace-" + UUID.randomUUID();

        Object first = client.post(path(old), body(NEW_CSR, null), key).body().get("orderId");
        Object second = client.post(path(old), body(NEW_CSR, null), key).body().get("orderId");

        assertThat(second).isEqualTo(first);
        assertThat(rows("orders WHERE replaces_order_id = '" + old + "'")).isEqualTo(1);
    }

    @Test
    void shouldNameCsrAndStoreNothingWhenNewCsrIsInvalid() throws IOException {
        UUID old = lifecycle.issued(Orders.dv().build());
        long outbox = rows("messaging_outbox");

        HttpClientResponseException refused = client.refusal(path(old),
                body(Csrs.of(Csrs.RSA_1024, Orders.DOMAIN), null), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat((List<?>) JsonPosts.body(refused).get("errors")).singleElement().asString()
                .contains("field=csr");
        assertThat(rows("orders WHERE replaces_order_id = '" + old + "'")).isZero();
        assertThat(rows("messaging_outbox")).isEqualTo(outbox);
    }

    @Test
    void shouldAnswerNotFoundWhenOrderIsUnknown() throws IOException {
        assertThat(client.refusal(path(UUID.randomUUID()), body(NEW_CSR, null), null).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private static String path(UUID orderId) {
        return "/orders/" + orderId + "/replacement";
    }

    private String body(String csr, Boolean revokeReplaced) throws IOException {
        return json.writeValueAsString(new ReplacementForm(csr, revokeReplaced, null));
    }
}
