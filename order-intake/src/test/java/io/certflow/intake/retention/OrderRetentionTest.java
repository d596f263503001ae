package io.certflow.intake.retention;

import io.certflow.events.OrderDetails;
import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.order.Failure;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderRepository;
import io.certflow.intake.order.Orders;
import io.certflow.intake.order.TimelineEntry;
import io.certflow.intake.order.TimelineRepository;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.messaging.retention.RetentionJob;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OrderRetentionTest extends IntakeTestContext {

    @Inject
    RetentionJob job;
    @Inject
    OrderRepository orders;
    @Inject
    TimelineRepository timeline;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("certflow.retention.initial-delay", "1h");
        return properties;
    }

    @Test
    void shouldScrubAFailedOrderKeepingTheCsrHashWhenItsLastChangeIsPastTheRetention() throws Exception {
        OrderDetails details = Orders.ov().build();
        UUID old = failedOrder(details, "91 days");
        UUID recent = failedOrder(Orders.ov().build(), "89 days");
        UUID pending = order(Orders.ov().build(), "100 days");

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("orders.final", 1L);
        assertThat(second).containsEntry("orders.final", 0L);
        OrderDetails scrubbed = orders.findById(old).orElseThrow().details();
        assertThat(scrubbed.csr()).isNull();
        assertThat(scrubbed.applicantRepresentative()).isNull();
        assertThat(scrubbed.customer().email()).isNull();
        assertThat(scrubbed.customer().name()).isNull();
        assertThat(scrubbed.dcv().emailAddress()).isNull();
        assertThat(scrubbed.product()).isEqualTo(details.product());
        assertThat(scrubbed.organization()).isEqualTo(details.organization());
        assertThat(queryOne("SELECT csr_sha256 FROM orders WHERE id = '" + old + "'"))
                .isEqualTo(new CsrParser().parse(details.csr()).csrSha256());
        assertThat(orders.findById(old).orElseThrow().failure().message()).isEqualTo(OrderRetention.REMOVED);
        assertThat(rows("order_timeline WHERE order_id = '" + old + "' AND description LIKE '%Ada%'")).isZero();
        assertThat(rows("order_timeline WHERE order_id = '" + old + "' AND description = 'Failed'")).isOne();
        assertThat(orders.findById(recent).orElseThrow().details().customer().email()).isEqualTo("ada@example.com");
        assertThat(orders.findById(pending).orElseThrow().details().csr()).isNotNull();
        assertThat(rows("orders WHERE scrubbed_at IS NOT NULL AND id IN ('" + recent + "', '" + pending + "')"))
                .isZero();
    }

    private UUID failedOrder(OrderDetails details, String age) {
        UUID id = order(details, age);
        Order failed = orders.findById(id).orElseThrow()
                .fail(new Failure("VALIDATION_FAILED", "Callback to Ada Lovelace failed", null, null), Instant.now());
        orders.update(failed);
        timeline.save(TimelineEntry.of(failed, Instant.now(), "Failed: Callback to Ada Lovelace failed"));
        age(id, age);
        return id;
    }

    private UUID order(OrderDetails details, String age) {
        UUID id = UUID.randomUUID();
        orders.save(Order.accept(id, "acme", null, null, details, null, Instant.now()));
        age(id, age);
        return id;
    }

    private void age(UUID id, String age) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE orders SET updated_at = now() - CAST(? AS interval) WHERE id = ?", statement -> {
                    statement.setString(1, age);
                    statement.setObject(2, id);
                    return statement.executeUpdate();
                }));
    }
}
