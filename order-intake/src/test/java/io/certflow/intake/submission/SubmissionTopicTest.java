package io.certflow.intake.submission;

import io.certflow.events.FieldError;
import io.certflow.events.OrderRejected;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderRequested;
import io.certflow.events.OrderSubmitted;
import io.certflow.events.Topics;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class SubmissionTopicTest extends IntakeTestContext {

    @Inject
    ObjectMapper json;

    @Test
    void shouldRequestOrderOnceWhenValidSubmissionIsDeliveredTwice() {
        String requestId = "upstream-" + UUID.randomUUID();
        OrderSubmitted submission = OrderSubmitted.of("billing-system", requestId, Orders.dv().build(), "acme");

        new EventLog(json).publish(submission);
        new EventLog(json).publish(submission);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("orders WHERE request_id = '" + requestId + "'") == 1);
        UUID orderId = orderIdOf(requestId);
        OrderRequested requested = new EventLog(json).first(Topics.ORDER_REQUESTED, orderId.toString(), OrderRequested.class);
        assertThat(requested.requestId()).isEqualTo(requestId);
        assertThat(requested.channel()).isEqualTo(OrderChannel.SUBMISSION);
        assertThat(requested.tenant()).isEqualTo("acme");
        assertThat(queryOne("SELECT tenant FROM orders WHERE id = '" + orderId + "'")).isEqualTo("acme");
        assertThat(rows("messaging_outbox WHERE record_key = '" + orderId + "'")).isEqualTo(1);
    }

    @Test
    void shouldPublishRejectionNamingFieldWhenSubmissionIsInvalid() {
        String requestId = "upstream-" + UUID.randomUUID();

        new EventLog(json).publish(OrderSubmitted.of("billing-system", requestId,
                Orders.dv().csr(Csrs.of(Csrs.RSA_1024, Orders.DOMAIN)).build(), "acme"));

        OrderRejected rejected = new EventLog(json).first(Topics.ORDER_REJECTED, requestId, OrderRejected.class);
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("order.csr");
        assertThat(rows("orders WHERE request_id = '" + requestId + "'")).isZero();
    }

    @Test
    void shouldPublishRejectionNamingTenantAndStoreNothingWhenSubmissionNamesNoTenant() {
        String requestId = "upstream-" + UUID.randomUUID();

        new EventLog(json).publish(OrderSubmitted.of("billing-system", requestId, Orders.dv().build(), null));

        OrderRejected rejected = new EventLog(json).first(Topics.ORDER_REJECTED, requestId, OrderRejected.class);
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("tenant");
        assertThat(rows("orders WHERE request_id = '" + requestId + "'")).isZero();
    }

    @Test
    void shouldRequestOneOrderPerTenantWhenTwoTenantsSubmitTheSameRequestId() {
        String requestId = "upstream-" + UUID.randomUUID();

        new EventLog(json).publish(OrderSubmitted.of("billing-system", requestId, Orders.dv().build(), "acme"));
        new EventLog(json).publish(OrderSubmitted.of("billing-system", requestId, Orders.dv().build(), "globex"));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("orders WHERE request_id = '" + requestId + "'") == 2);
        assertThat(queryOne("SELECT string_agg(tenant, ',' ORDER BY tenant) FROM orders WHERE request_id = '"
                + requestId + "'")).isEqualTo("acme,globex");
    }

    private UUID orderIdOf(String requestId) {
        return UUID.fromString(String.valueOf(queryOne("SELECT id FROM orders WHERE request_id = '" + requestId + "'")));
    }
}
