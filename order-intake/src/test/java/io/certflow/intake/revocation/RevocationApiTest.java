package io.certflow.intake.revocation;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.RevocationReason;
import io.certflow.events.Topics;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.OrderView;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.JsonPosts;
import io.certflow.intake.support.LifecycleTestContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.time.temporal.ChronoUnit.MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class RevocationApiTest extends LifecycleTestContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);


    @Test
    void shouldPublishRequestOnceWhenRevocationIsPostedTwice() throws IOException {
        UUID orderId = lifecycle.issued(Orders.dv().build());
        assertThat(client.get("/orders/" + orderId)).doesNotContainKeys("revocation", "failure", "nextStep");

        HttpResponse<Map> first = client.post(path(orderId), body("KEY_COMPROMISE", "key leaked"), null);
        HttpResponse<Map> second = client.post(path(orderId), body("SUPERSEDED", null), null);

        assertThat(first.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(second.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(first.body()).containsEntry("orderId", orderId.toString()).containsEntry("status", "ISSUED");
        OrderRevocationRequested requested = lifecycle.events().first(Topics.ORDER_REVOCATION_REQUESTED,
                orderId.toString(), OrderRevocationRequested.class);
        assertThat(requested.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(requested.comment()).isEqualTo("key leaked");
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.ORDER_REVOCATION_REQUESTED
                + "' AND record_key = '" + orderId + "'")).isEqualTo(1);
        OrderView view = lifecycle.view(orderId);
        assertThat(view.revocation().reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(view.timeline()).filteredOn(step -> step.description().startsWith("Revocation requested"))
                .hasSize(1);
    }

    @Test
    void shouldBecomeRevokedWhenSectigoConfirms() throws IOException {
        UUID orderId = lifecycle.issued(Orders.dv().build());
        client.post(path(orderId), body("CESSATION_OF_OPERATION", null), null);

        lifecycle.publish(CertificateRevoked.of("sectigo-gateway", orderId, lifecycle.view(orderId)
                .sectigoOrderNumber(), Instant.now(), RevocationReason.CESSATION_OF_OPERATION));

        assertThat(lifecycle.awaitStatus(orderId, OrderStatus.REVOKED).timeline()).last()
                .satisfies(step -> assertThat(step.description()).contains("revoked (CESSATION_OF_OPERATION)"));
    }

    @Test
    void shouldShowRefusalOnceAndPublishANewRequestWhenSectigoRefusesTheRevocation() throws IOException {
        UUID orderId = lifecycle.issued(Orders.dv().build());
        client.post(path(orderId), body("SUPERSEDED", null), null);
        String number = lifecycle.view(orderId).sectigoOrderNumber();
        OrderRevocationFailed refused = OrderRevocationFailed.of("sectigo-gateway", orderId, number,
                RevocationReason.SUPERSEDED, "The certificate is not issued yet", "-22");

        lifecycle.publish(refused);
        lifecycle.publish(refused);
        // Same key, same partition: once this later report shows, the redelivery before it was handled.
        lifecycle.publish(OrderRevocationFailed.of("sectigo-gateway", orderId, number, RevocationReason.SUPERSEDED,
                "Sectigo could not be reached", null));

        OrderView shown = await().atMost(PATIENCE).until(() -> lifecycle.view(orderId),
                view -> view.timeline().stream().anyMatch(step -> step.description().contains("could not be reached")));
        assertThat(shown.status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(shown.revocation().refusal()).isEqualTo("The certificate is not issued yet");
        assertThat(shown.revocation().refusedAt()).isCloseTo(refused.metadata().occurredAt(), within(1, MILLIS));
        assertThat(shown.timeline())
                .filteredOn(step -> step.description().equals("Revocation refused: The certificate is not issued yet"))
                .singleElement().satisfies(step -> assertThat(step.status()).isEqualTo(OrderStatus.ISSUED));
        assertThat(((Map<String, ?>) client.get("/orders/" + orderId).get("revocation")).keySet())
                .containsOnly("reason", "requestedAt", "refusal", "refusedAt");

        assertThat(client.post(path(orderId), body("KEY_COMPROMISE", null), null).code())
                .isEqualTo(HttpStatus.ACCEPTED.getCode());

        List<OrderRevocationRequested> requests = await().atMost(PATIENCE).until(() -> lifecycle.events()
                .all(Topics.ORDER_REVOCATION_REQUESTED, orderId.toString(), OrderRevocationRequested.class),
                published -> published.size() >= 2);
        assertThat(requests).extracting(OrderRevocationRequested::reason)
                .containsExactly(RevocationReason.SUPERSEDED, RevocationReason.KEY_COMPROMISE);
        assertThat(lifecycle.view(orderId).revocation())
                .satisfies(asked -> assertThat(asked.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE))
                .satisfies(asked -> assertThat(asked.refusal()).isNull());
    }

    @Test
    void shouldAnswerConflictAndPublishNothingWhenOrderIsNotIssued() throws IOException {
        UUID orderId = lifecycle.requested(Orders.dv().build());

        HttpClientResponseException refused = client.refusal(path(orderId), body("UNSPECIFIED", null), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(JsonPosts.body(refused).get("message")).asString().contains("is REQUESTED");
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.ORDER_REVOCATION_REQUESTED
                + "' AND record_key = '" + orderId + "'")).isZero();
    }

    @Test
    void shouldNameReasonAndCommentWhenInvalid() throws IOException {
        UUID orderId = lifecycle.issued(Orders.dv().build());

        HttpClientResponseException refused = client.refusal(path(orderId), body("BORED", "x".repeat(257)), null);

        assertThat(refused.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat((List<?>) JsonPosts.body(refused).get("errors")).extracting(Object::toString)
                .anySatisfy(e -> assertThat(e).contains("field=reason", "'BORED' is not one of"))
                .anySatisfy(e -> assertThat(e).contains("field=comment"));
        assertThat(lifecycle.view(orderId).revocation()).isNull();
    }

    @Test
    void shouldAnswerNotFoundWhenOrderIsUnknown() throws IOException {
        assertThat(client.refusal(path(UUID.randomUUID()), body("UNSPECIFIED", null), null).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private static String path(UUID orderId) {
        return "/orders/" + orderId + "/revocation";
    }

    private String body(String reason, String comment) throws IOException {
        return json.writeValueAsString(new RevocationForm(reason, comment));
    }
}
