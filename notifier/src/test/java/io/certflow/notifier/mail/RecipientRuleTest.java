package io.certflow.notifier.mail;

import io.certflow.events.FailureReason;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.Infrastructure;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sender builds its one recipient by the rule intake accepts by (module names), so an address
 * stored before intake refused such addresses is never split into two recipients or read as another.
 */
@MicronautTest(transactional = false)
class RecipientRuleTest extends NotifierTestContext {

    @Override
    protected String database() {
        return "notifier_recipient_rule";
    }

    @Test
    void shouldSendToNoOneWhenTheAddressWouldSplitIntoTwoRecipients() {
        String second = Fixtures.uniqueEmail();
        String address = "mallory," + second;

        UUID orderId = UUID.randomUUID();
        publish(Fixtures.requested(orderId, address));
        publish(Fixtures.failed(orderId, FailureReason.RETRIES_EXHAUSTED));

        String row = "FROM outgoing_mail WHERE order_id = '" + orderId + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> queryLong("SELECT coalesce(max(attempts), 0) " + row) >= 1);
        assertThat(queryText("SELECT last_error " + row)).contains("names 2 addresses; exactly one is required");
        assertThat(queryText("SELECT status " + row)).isEqualTo("QUEUED");
        assertThat(mailTo(Infrastructure.smtp().received(), second)).isEmpty();
    }

    @Test
    void shouldSendToTheOneAddressWhenItPassesTheRule() {
        String address = "first.last+" + UUID.randomUUID() + "@sub.example.com";
        UUID orderId = UUID.randomUUID();

        publish(Fixtures.requested(orderId, address));
        publish(Fixtures.failed(orderId, FailureReason.RETRIES_EXHAUSTED));

        assertThat(awaitMail(address, "Your certificate order").to()).containsExactly(address);
    }
}
