package io.certflow.notifier.mail;

import io.certflow.events.FailureReason;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.smtp.GreenMailSmtp;
import io.certflow.testkit.support.Ports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SMTP server is down when the email is due, and comes up later. */
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
}
