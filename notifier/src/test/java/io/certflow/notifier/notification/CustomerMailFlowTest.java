package io.certflow.notifier.notification;

import io.certflow.access.DownloadLinks;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderPlaced;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.MailAttachment;
import io.certflow.testkit.ReceivedMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class CustomerMailFlowTest extends NotifierTestContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern SIGNED_LINK = Pattern.compile(
            "https://certs\\.example\\.net/downloads/([0-9a-f-]{36})/fullchain\\?expires=(\\d+)&signature=([\\w-]+)");

    @Inject
    DownloadLinks links;

    @Override
    protected String database() {
        return "notifier_flow";
    }

    @Test
    void shouldSendOnePlacedMailWithCnameRecordWhenOrderIsPlaced() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();

        publish(Fixtures.requested(orderId, email));
        publish(Fixtures.placedWithCname(orderId));

        ReceivedMail mail = onlyMailTo(email);
        assertThat(mail.subject()).contains("Action needed", Fixtures.DOMAIN, Fixtures.SECTIGO_ORDER);
        assertThat(mail.from()).isEqualTo("no-reply@certflow.local");
        assertThat(mail.text()).contains("Hello " + Fixtures.CUSTOMER_NAME, "CNAME",
                "Name:   " + Fixtures.CNAME_HOST, "Value:  " + Fixtures.CNAME_TARGET);
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void shouldExplainReasonInPlainWordsWhenOrderFailed() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();

        publish(Fixtures.requested(orderId, email));
        publish(Fixtures.failed(orderId, FailureReason.KEY_COMPROMISED));

        ReceivedMail mail = onlyMailTo(email);
        assertThat(mail.subject()).isEqualTo("Your certificate order for shop.example.com could not be completed");
        assertThat(mail.text()).contains("The key of your CSR is known to be compromised or weak",
                "Generate a brand-new private key", "Details: Sectigo refused the CSR",
                "The part of the order concerned: csr");
        assertThat(mail.text()).doesNotContain("KEY_COMPROMISED");
    }

    @Test
    void shouldAttachCertificateAndChainAndLinkSignedDownloadWhenCertificateIsStored() {
        UUID orderId = UUID.randomUUID();
        UUID certificateId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();

        publish(Fixtures.requested(orderId, email));
        publish(Fixtures.stored(orderId, certificateId));

        ReceivedMail mail = onlyMailTo(email);
        assertThat(mail.subject()).isEqualTo("Your certificate for shop.example.com is ready");
        assertThat(mail.text()).contains(
                "Valid until:    2027-11-21 23:59 UTC", "shop.example.com.crt", "shop.example.com-chain.pem");
        assertThat(mail.attachments()).extracting(MailAttachment::filename)
                .containsExactly("shop.example.com.crt", "shop.example.com-chain.pem");
        assertThat(text(mail.attachments().get(0))).isEqualTo(Fixtures.CERTIFICATE_PEM);
        assertThat(mail.attachments().get(0).contentType()).isEqualTo("application/pkix-cert");
        assertThat(text(mail.attachments().get(1))).isEqualTo(Fixtures.INTERMEDIATE_PEM + Fixtures.ROOT_PEM);
        assertSignedFullChainLink(mail.text(), certificateId);
    }

    /** The link is cert-store's /downloads for this certificate, signed with the shared secret, for 30 days. */
    private void assertSignedFullChainLink(String text, UUID certificateId) {
        Matcher link = SIGNED_LINK.matcher(text);
        assertThat(link.find()).as("a signed link to cert-store's public URL in: " + text).isTrue();
        assertThat(link.group(1)).isEqualTo(certificateId.toString());
        long expires = Long.parseLong(link.group(2));
        Instant now = Instant.now();
        assertThat(links.isValid(certificateId, "fullchain", expires, link.group(3), now)).isTrue();
        assertThat(links.isValid(UUID.randomUUID(), "fullchain", expires, link.group(3), now)).isFalse();
        assertThat(Instant.ofEpochSecond(expires)).isBetween(now.plus(Duration.ofDays(29)), now.plus(Duration.ofDays(30)));
    }

    @Test
    void shouldSendOneMailWhenEventIsDeliveredTwice() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        OrderPlaced placed = Fixtures.placedWithCname(orderId);
        publish(Fixtures.requested(orderId, email));

        publish(placed);
        publish(placed);
        // Same key, same topic: handled after the duplicate, so once it is handled the duplicate was seen.
        OrderPlaced samePlacementAgain = Fixtures.placedWithCname(orderId);
        publish(samePlacementAgain);

        await().atMost(PATIENCE).until(() -> processed(samePlacementAgain)
                && "SENT".equals(queryText("SELECT status FROM outgoing_mail WHERE order_id = '" + orderId + "'")));
        assertThat(mailTo(Infrastructure.smtp().received(), email)).hasSize(1);
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail WHERE order_id = '" + orderId + "'")).isEqualTo(1);
        assertThat(queryText("SELECT event_id FROM outgoing_mail WHERE order_id = '" + orderId + "'"))
                .isEqualTo(placed.metadata().eventId().toString());
    }

    @Test
    void shouldSendMailOnceRecipientIsKnownWhenEventArrivesBeforeOrderRequested() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();

        publish(Fixtures.failed(orderId, FailureReason.DOMAIN_REJECTED));
        await().atMost(PATIENCE).until(() ->
                queryLong("SELECT count(*) FROM pending_notification WHERE order_id = '" + orderId + "'") == 1);
        assertThat(mailTo(Infrastructure.smtp().received(), email)).isEmpty();

        publish(Fixtures.requested(orderId, email));

        ReceivedMail mail = onlyMailTo(email);
        assertThat(mail.text()).contains("A domain of the order may not receive a certificate");
        assertThat(queryLong("SELECT count(*) FROM pending_notification WHERE order_id = '" + orderId + "'"))
                .isZero();
    }

    private ReceivedMail onlyMailTo(String email) {
        await().atMost(PATIENCE).until(() -> !mailTo(Infrastructure.smtp().received(), email).isEmpty());
        List<ReceivedMail> mails = mailTo(Infrastructure.smtp().received(), email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String text(MailAttachment attachment) {
        return new String(attachment.content(), StandardCharsets.US_ASCII);
    }
}
