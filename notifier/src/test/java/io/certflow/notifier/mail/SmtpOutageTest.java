package io.certflow.notifier.mail;

import io.certflow.events.FailureReason;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.smtp.GreenMailSmtp;
import io.certflow.testkit.support.Ports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server is down when the email is due, and comes up later. Emails that came due meanwhile go
 * out as one batch over one connection, but each is recorded on its own: a later email whose
 * {@code SENT} mark cannot be stored (as if the sender crashed after the SMTP server took it) is sent
 * again, the earlier ones are not.
 */
@MicronautTest(transactional = false)
class SmtpOutageTest extends NotifierTestContext {

    private final int port = Ports.free();

    @Override
    protected String database() {
        return "notifier_outage";
    }

    @Override
    protected int smtpPort() {
        return port;
    }

    @Override
    protected String pollInterval() {
        return "100ms";
    }

    @Test
    void shouldRetryAndDeliverOnceWhenSmtpServerComesBack() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String row = "FROM outgoing_mail WHERE order_id = '" + orderId + "'";

        publish(Fixtures.requested(orderId, email));
        publish(Fixtures.failed(orderId, FailureReason.RETRIES_EXHAUSTED));

        await().atMost(Duration.ofSeconds(30)).until(() -> queryLong("SELECT coalesce(max(attempts), 0) " + row) >= 2);
        assertThat(queryText("SELECT status " + row)).isEqualTo("QUEUED");
        assertThat(queryText("SELECT last_error " + row)).contains("connect");

        try (GreenMailSmtp smtp = GreenMailSmtp.start(port)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !mailTo(smtp.received(), email).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(queryText("SELECT status " + row)));

            assertThat(mailTo(smtp.received(), email)).hasSize(1);
            assertThat(queryLong("SELECT count(*) " + row)).isEqualTo(1);
            assertThat(queryLong("SELECT attempts " + row)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void shouldSendAnEarlierEmailOnceWhenRecordingALaterOneOfItsBatchFails() throws SQLException {
        String earlier = Fixtures.uniqueEmail();
        String later = Fixtures.uniqueEmail();
        queueWhileSmtpIsDown(earlier);
        queueWhileSmtpIsDown(later);
        execute("CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'cannot record the email (test)'; END; $$");
        execute("CREATE TRIGGER refuse_sent BEFORE UPDATE ON outgoing_mail FOR EACH ROW WHEN "
                + "(NEW.status = 'SENT' AND NEW.recipient = '" + later + "') EXECUTE FUNCTION refuse_sent()");

        GreenMailSmtp smtp = startSmtpWithBothDue(earlier, later);
        try (smtp) {
            await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(smtp.received(), later).size() >= 3);
            assertThat(mailTo(smtp.received(), earlier)).hasSize(1);
            assertThat(queryText("SELECT status FROM outgoing_mail WHERE recipient = '" + earlier + "'"))
                    .isEqualTo("SENT");
            assertThat(queryText("SELECT status FROM outgoing_mail WHERE recipient = '" + later + "'"))
                    .isEqualTo("QUEUED");
        } finally {
            execute("DROP TRIGGER IF EXISTS refuse_sent ON outgoing_mail");
        }
    }

    private void queueWhileSmtpIsDown(String email) {
        UUID orderId = UUID.randomUUID();
        publish(Fixtures.requested(orderId, email));
        publish(Fixtures.failed(orderId, FailureReason.RETRIES_EXHAUSTED));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queryLong("SELECT coalesce(max(attempts), 0) FROM outgoing_mail WHERE recipient = '" + email + "'") >= 1);
    }

    /**
     * Starts the SMTP server and makes both emails due, the earlier one first, in one transaction
     * that holds their rows until it commits (the sender's claim skips locked rows), so the sender's
     * next scan finds both due at once, as one batch.
     */
    private GreenMailSmtp startSmtpWithBothDue(String earlier, String later) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeQuery("SELECT id FROM outgoing_mail WHERE recipient IN ('" + earlier + "', '" + later
                    + "') FOR UPDATE").close();
            GreenMailSmtp smtp = GreenMailSmtp.start(port);
            sql.executeUpdate("UPDATE outgoing_mail SET next_attempt_at = now() - interval '1 minute' "
                    + "WHERE recipient = '" + earlier + "'");
            sql.executeUpdate("UPDATE outgoing_mail SET next_attempt_at = now() - interval '30 seconds' "
                    + "WHERE recipient = '" + later + "'");
            connection.commit();
            return smtp;
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private Connection connect() throws SQLException {
        var postgres = Infrastructure.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(), postgres.password());
    }
}
