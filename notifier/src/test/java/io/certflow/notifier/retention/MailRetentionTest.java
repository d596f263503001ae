package io.certflow.notifier.retention;

import io.certflow.messaging.retention.RetentionJob;
import io.certflow.notifier.support.NotifierTestContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MailRetentionTest extends NotifierTestContext {

    @Inject
    RetentionJob job;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected String database() {
        return "notifier_retention";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("certflow.retention.initial-delay", "1h");
        return properties;
    }

    @Test
    void shouldScrubSentMailsAndForgetRecipientsOfFinishedOrdersWhenTheyArePastTheRetention() {
        UUID failed = recipient("100 days");
        UUID oldMail = mail(failed, "order-failed", "SENT", "91 days");
        UUID issued = recipient("100 days");
        mail(issued, "certificate-issued", "SENT", "91 days");
        UUID recentlyFailed = recipient("100 days");
        UUID recentMail = mail(recentlyFailed, "order-failed", "SENT", "10 days");
        UUID stuck = recipient("100 days");
        UUID queued = mail(stuck, "order-failed", "QUEUED", "95 days");

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("outgoing_mail.sent", 2L).containsEntry("recipient.finished", 1L);
        assertThat(second).containsEntry("outgoing_mail.sent", 0L).containsEntry("recipient.finished", 0L);
        assertThat(queryText("SELECT concat_ws('|', recipient, body, attachments, last_error, kind, subject) "
                + "FROM outgoing_mail WHERE id = '" + oldMail + "'"))
                .isEqualTo(MailRetention.REMOVED + "||[]|order-failed|Your order");
        assertThat(queryLong("SELECT count(*) FROM recipient WHERE order_id IN ('" + issued + "', '"
                + recentlyFailed + "', '" + stuck + "')")).isEqualTo(3);
        assertThat(queryLong("SELECT count(*) FROM recipient WHERE order_id = '" + failed + "'")).isZero();
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail WHERE id IN ('" + recentMail + "', '" + queued
                + "') AND recipient = 'ada@example.com' AND body = 'Dear Ada' AND scrubbed_at IS NULL")).isEqualTo(2);
    }

    private UUID recipient(String age) {
        UUID order = UUID.randomUUID();
        execute("""
                INSERT INTO recipient (order_id, email, name, language, common_name, domain_names, created_at)
                VALUES (?, 'ada@example.com', 'Ada Lovelace', 'en', 'shop.example.com', 'shop.example.com',
                        now() - CAST(? AS interval))""", order, age);
        return order;
    }

    private UUID mail(UUID order, String kind, String status, String age) {
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO outgoing_mail (id, event_id, order_id, kind, news, recipient, subject, body, attachments,
                    status, attempts, last_error, next_attempt_at, created_at, sent_at, version)
                VALUES (?, gen_random_uuid(), ?, ?, ?, 'ada@example.com', 'Your order', 'Dear Ada',
                    '[{"name":"cert.pem"}]', ?, 1, '550 <ada@example.com> busy', now(),
                    now() - CAST(? AS interval), CASE WHEN ? = 'SENT' THEN now() - CAST(? AS interval) END, 0)""",
                id, order, kind, kind, status, age, status, age);
        return id;
    }

    private void execute(String sql, Object... parameters) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }));
    }
}
