package io.certflow.notifier.notification;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.RevocationReason;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.ReceivedMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Revocation, expiry, replacement and S/MIME emails. */
@MicronautTest(transactional = false)
class LifecycleMailFlowTest extends NotifierTestContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REVOKED = "Your certificate for shop.example.com was revoked";

    @Override
    protected String database() {
        return "notifier_lifecycle";
    }

    /** Short: the email of a bare "revoked" status becomes due by time, not by a commit. */
    @Override
    protected String pollInterval() {
        return "100ms";
    }

    @Override
    protected String revokedStatusDelay() {
        return "5s";
    }

    @Test
    void shouldSendOneMailWithReasonAndDateWhenStatusAndGatewayBothReportRevocation() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);
        CertificateStatusChanged status = LifecycleFixtures.pushed(orderId, number, CertificateStatus.REVOKED,
                "Revoked");
        CertificateRevoked revoked = LifecycleFixtures.revoked(orderId, number, RevocationReason.KEY_COMPROMISE);

        publish(status);
        publish(revoked);
        publish(revoked);

        await().atMost(PATIENCE).until(() -> processed(status) && processed(revoked) && "SENT".equals(
                queryText("SELECT status FROM outgoing_mail WHERE order_id = '" + orderId + "' AND news = 'revoked'")));
        assertThat(mailsTo(email, REVOKED)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(REVOKED + ", Sectigo order " + number);
            assertThat(mail.text()).contains("Revoked on:     2027-03-01 10:15 UTC",
                    "The certificate's private key is, or may be, known to someone else.")
                    .doesNotContain("without a reason");
        });
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail WHERE order_id = '" + orderId + "'")).isEqualTo(2);
    }

    @Test
    void shouldTellRevocationAfterDelayWhenOnlySectigosStatusReportsIt() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);

        publish(LifecycleFixtures.collected(orderId, number, CertificateStatus.REVOKED, "Revoked", null, null));

        ReceivedMail mail = awaitMail(email, REVOKED);
        assertThat(mail.text()).contains("Sectigo reported the revocation without a reason.");
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail WHERE order_id = '" + orderId
                + "' AND news = 'revoked' AND next_attempt_at >= created_at + interval '5 seconds'")).isEqualTo(1);
    }

    @Test
    void shouldSendOneReminderPerThresholdWhenCertificateIsExpiring() {
        UUID orderId = UUID.randomUUID();
        UUID certificateId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);
        CertificateExpiring thirty = LifecycleFixtures.expiring(orderId, certificateId, 29, 30);

        publish(thirty);
        publish(thirty);
        publish(LifecycleFixtures.expiring(orderId, certificateId, 29, 30));
        // Same key and topic, so handled after the three above.
        publish(LifecycleFixtures.expiring(orderId, certificateId, 6, 7));

        await().atMost(PATIENCE).until(() -> mailsTo(email, "Reminder: ").size() >= 2);
        assertThat(mailsTo(email, "Reminder: ")).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Reminder: your certificate for shop.example.com expires in 29 days, Sectigo order " + number,
                "Reminder: your certificate for shop.example.com expires in 6 days, Sectigo order " + number);
        assertThat(mailsTo(email, "Reminder: ").get(0).text()).contains("Valid until:    2027-11-21 23:59 UTC",
                "Names:          shop.example.com, www.shop.example.com", "Order a renewal in time");
    }

    @Test
    void shouldSayReplacementSupersedesOldCertificateWhenReplacementIsPlacedAndIssued() {
        UUID oldOrder = UUID.randomUUID();
        UUID newOrder = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String oldNumber = placedOrder(oldOrder, email);
        String newNumber = LifecycleFixtures.uniqueSectigoOrder();
        CertificateStatusChanged oldReplaced = LifecycleFixtures.pushed(oldOrder, oldNumber, CertificateStatus.REPLACED,
                "Replaced");

        publish(LifecycleFixtures.replacement(newOrder, oldOrder, email, true));
        publish(LifecycleFixtures.placed(newOrder, newNumber, oldOrder));
        publish(oldReplaced);
        publish(LifecycleFixtures.stored(newOrder, UUID.randomUUID(), newNumber));

        ReceivedMail placed = awaitMail(email, "Your replacement certificate order for shop.example.com was placed");
        assertThat(placed.subject()).endsWith("(Sectigo order " + newNumber + ")");
        assertThat(placed.text()).contains("This order replaces your earlier order " + oldOrder + " (Sectigo order "
                + oldNumber + ").");
        ReceivedMail issued = awaitMail(email, "Your replacement certificate for shop.example.com is ready");
        assertThat(issued.subject()).endsWith(", Sectigo order " + newNumber);
        assertThat(issued.text()).contains("that certificate is superseded", "The old certificate is being revoked");
        // Same key and topic as the REPLACED status, so handled after it.
        publish(LifecycleFixtures.pushed(oldOrder, oldNumber, CertificateStatus.AWAITING_BRAND_VALIDATION, "Brand"));
        awaitMail(email, "Sectigo is reviewing the brand for ");
        assertThat(mailTo(Infrastructure.smtp().received(), email)).hasSize(4);
    }

    @Test
    void shouldNameMailboxWithoutDcvWhenSmimeOrderIsPlacedAndIssued() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = LifecycleFixtures.uniqueSectigoOrder();

        publish(LifecycleFixtures.smimeRequested(orderId, email));
        publish(LifecycleFixtures.placed(orderId, number, null));
        publish(LifecycleFixtures.smimeStored(orderId, UUID.randomUUID(), number));

        ReceivedMail placed = awaitMail(email, "Action needed: confirm ");
        assertThat(placed.subject()).isEqualTo("Action needed: confirm " + LifecycleFixtures.MAILBOX
                + " for your certificate (Sectigo order " + number + ")");
        assertThat(placed.text()).contains("Sectigo sends an email to each of them").doesNotContain("DNS record");
        ReceivedMail issued = awaitMail(email, "Your certificate for " + LifecycleFixtures.MAILBOX + " is ready");
        assertThat(issued.attachments()).isNotEmpty();
    }
}
