package io.certflow.notifier.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final OutgoingMail queued = OutgoingMail.queue(UUID.randomUUID(), UUID.randomUUID(), "order-placed",
            "placed", "ops@example.com", "subject", "body", List.of(), NOW, NOW);

    @Test
    void shouldBeDueAtOnceWhenQueued() {
        assertThat(queued.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
        assertThat(queued.attempts()).isZero();
    }

    @Test
    void shouldCountAttemptKeepErrorAndWaitWhenAttemptFails() {
        OutgoingMail failed = queued.attemptFailed("MailConnectException: refused", NOW, Duration.ofSeconds(5));

        assertThat(failed.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("MailConnectException: refused");
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void shouldStaySentWhenAnotherAttemptIsReported() {
        OutgoingMail sent = queued.attemptFailed("down", NOW, Duration.ofSeconds(1)).sent(NOW.plusSeconds(2));

        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(sent.attemptFailed("late", NOW, Duration.ofSeconds(1))).isSameAs(sent);
        assertThat(sent.sent(NOW.plusSeconds(9))).isSameAs(sent);
    }

    @Test
    void shouldTakeFullerTextKeepRowAndGoAtOnceWhenQueuedMailIsReplaced() {
        OutgoingMail provisional = OutgoingMail.queue(UUID.randomUUID(), queued.orderId(), "certificate-revoked",
                "revoked", "ops@example.com", "revoked", "no reason", List.of(), NOW, NOW.plusSeconds(30));
        OutgoingMail fuller = OutgoingMail.queue(UUID.randomUUID(), queued.orderId(), "certificate-revoked",
                "revoked", "ops@example.com", "revoked", "key compromise", List.of(), NOW.plusSeconds(2),
                NOW.plusSeconds(2));

        OutgoingMail replaced = provisional.replacedBy(fuller);

        assertThat(replaced.id()).isEqualTo(provisional.id());
        assertThat(replaced.eventId()).isEqualTo(fuller.eventId());
        assertThat(replaced.body()).isEqualTo("key compromise");
        assertThat(replaced.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(provisional.sent(NOW).replacedBy(fuller).body()).isEqualTo("no reason");
    }
}
