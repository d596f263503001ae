package io.certflow.notifier.template;

import io.certflow.events.RevocationReason;
import io.certflow.notifier.recipient.OrderFacts;
import io.certflow.notifier.recipient.Replacement;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleMailTemplatesTest {

    private static final UUID ORDER = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");
    private static final UUID OLD_ORDER = UUID.fromString("9b2e4f10-6c3d-4a8e-b1f7-0d5c8e2a7b34");
    private static final UUID CERTIFICATE = UUID.fromString("c7a1e9d3-2b4f-4e6a-8d0c-1f3b5a7e9c82");

    private final MailTemplates templates = new MailTemplates();
    private final OrderFacts facts = OrderFacts.of(Fixtures.recipient(ORDER, "Ada Lovelace", "en"));

    @Test
    void shouldGiveDateAndReasonWhenCertificateIsRevoked() {
        RenderedMail mail = revoked(RevocationReason.KEY_COMPROMISE);

        assertThat(mail.subject()).isEqualTo("Your certificate for shop.example.com was revoked, Sectigo order 1234567");
        assertThat(mail.body()).contains("Revoked on:     2027-03-01 10:15 UTC",
                "The certificate's private key is, or may be, known to someone else.",
                "Create a brand-new private key and CSR for it").doesNotContain("KEY_COMPROMISE", "without a reason");
    }

    @Test
    void shouldWordEachRevocationReasonDifferentlyWhenCertificateIsRevoked() {
        Set<String> reasons = Arrays.stream(RevocationReason.values())
                .map(reason -> section(revoked(reason).body(), "Why:", "What you can do:"))
                .collect(Collectors.toSet());

        assertThat(reasons).hasSize(RevocationReason.values().length).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void shouldSayCertificateIsStillValidAndHowToAskAgainWhenRevocationFailed() {
        RenderedMail mail = revocationFailed("1234567", RevocationReason.KEY_COMPROMISE, facts);

        assertThat(mail.subject()).isEqualTo("Your certificate for shop.example.com was not revoked and is still "
                + "valid, Sectigo order 1234567");
        assertThat(mail.body()).contains("Hello Ada Lovelace,", "the revocation did not happen",
                "The certificate is still valid", "The certificate's private key is, or may be, known to someone else.",
                "Why it did not happen:\n  " + LifecycleFixtures.REVOCATION_REFUSAL,
                "ask for the revocation again", "\n    POST /orders/" + ORDER + "/revocation\n",
                "create a brand-new private key", "Our reference:  " + ORDER, "Sectigo order:  1234567")
                .doesNotContain("KEY_COMPROMISE", "has been revoked");
        // Sectigo's code is a reference for support, never something the customer is to act on.
        assertThat(mail.body()).containsOnlyOnce(LifecycleFixtures.REVOCATION_PROVIDER_CODE)
                .endsWith("  Sectigo code:   -16\n\n--\ncertflow\n");
    }

    @Test
    void shouldWordEachRevocationReasonDifferentlyWhenRevocationFailed() {
        Set<String> reasons = Arrays.stream(RevocationReason.values())
                .map(reason -> section(revocationFailed("1234567", reason, facts).body(),
                        "The reason you gave for the revocation:", "Why it did not happen:"))
                .collect(Collectors.toSet());

        assertThat(reasons).hasSize(RevocationReason.values().length).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void shouldNameOnlyKnownSectigoOrderWhenRevocationFailedBeforeOrderReachedSectigo() {
        RenderedMail unplaced = revocationFailed(null, RevocationReason.SUPERSEDED, facts);
        RenderedMail placed = revocationFailed(null, RevocationReason.SUPERSEDED,
                new OrderFacts(facts.recipient(), "7654321", null));

        assertThat(unplaced.subject())
                .isEqualTo("Your certificate for shop.example.com was not revoked and is still valid");
        assertThat(unplaced.body()).doesNotContain("Sectigo order", "Sectigo code", "brand-new private key");
        assertThat(placed.subject()).endsWith("still valid, Sectigo order 7654321");
    }

    @Test
    void shouldCountDaysAndNameOrderWhenCertificateIsExpiring() {
        OrderFacts placed = new OrderFacts(facts.recipient(), "1234567", null);

        RenderedMail mail = expiring(placed, 29, 30);

        assertThat(mail.subject()).isEqualTo("Reminder: your certificate for shop.example.com expires in 29 days, "
                + "Sectigo order 1234567");
        assertThat(mail.body()).contains("valid only until 2027-11-21 23:59 UTC.",
                "Names:          shop.example.com, www.shop.example.com", "Order a renewal in time");
    }

    @Test
    void shouldSpeakOfOneDayOrLessWhenExpiryIsClose() {
        assertThat(expiring(facts, 1, 1).subject()).isEqualTo(
                "Reminder: your certificate for shop.example.com expires in 1 day");
        assertThat(expiring(facts, 0, 1).subject()).isEqualTo(
                "Reminder: your certificate for shop.example.com expires in less than a day");
        assertThat(expiring(facts, -1, 1).subject()).isEqualTo(
                "Reminder: your certificate for shop.example.com has expired");
    }

    @Test
    void shouldNameMailboxAndSkipDcvWhenSmimeOrderIsPlaced() {
        OrderFacts smime = OrderFacts.of(LifecycleFixtures.smimeRecipient(ORDER));

        RenderedMail mail = templates.render("order-placed", "en", MailModels.placed(Fixtures.placed(ORDER), smime));

        assertThat(mail.subject()).isEqualTo("Action needed: confirm alice@example.org for your certificate "
                + "(Sectigo order 1234567)");
        assertThat(mail.body()).contains("Hello,", "mailbox it names (alice@example.org)",
                "Sectigo sends an email to each of them").doesNotContain("DNS record", "domain", "nothing you need");
    }

    @Test
    void shouldNameReplacedOrderWhenReplacementIsPlaced() {
        OrderFacts replacement = new OrderFacts(facts.recipient(), null, new Replacement(OLD_ORDER, "1234567", true));

        RenderedMail mail = templates.render("order-placed", "en", MailModels.placed(
                LifecycleFixtures.placed(ORDER, "7654321", OLD_ORDER), replacement));

        assertThat(mail.subject()).isEqualTo("Your replacement certificate order for shop.example.com was placed "
                + "(Sectigo order 7654321)");
        assertThat(mail.body()).contains("This order replaces your earlier order " + OLD_ORDER
                + " (Sectigo order 1234567).");
    }

    @Test
    void shouldSayOldCertificateIsSupersededWhenReplacementIsIssued() {
        OrderFacts replacement = new OrderFacts(facts.recipient(), "7654321", new Replacement(OLD_ORDER, null, true));

        RenderedMail mail = templates.render("certificate-issued", "en", MailModels.issued(
                LifecycleFixtures.stored(ORDER, CERTIFICATE, "7654321"), replacement, "https://x/fullchain",
                "shop.example.com.crt", ""));

        assertThat(mail.subject()).isEqualTo("Your replacement certificate for shop.example.com is ready, "
                + "Sectigo order 7654321");
        assertThat(mail.body()).contains("It replaces the certificate of your earlier order " + OLD_ORDER + ":",
                "that certificate is superseded", "The old certificate is being revoked")
                .doesNotContain("(Sectigo order )", "keeps working");
    }

    private RenderedMail revoked(RevocationReason reason) {
        return templates.render("certificate-revoked", "en", LifecycleMailModels.revoked(
                LifecycleFixtures.revoked(ORDER, "1234567", reason), facts));
    }

    private RenderedMail revocationFailed(String sectigoOrder, RevocationReason reason, OrderFacts order) {
        return templates.render("revocation-failed", "en", LifecycleMailModels.revocationFailed(
                LifecycleFixtures.revocationFailed(ORDER, sectigoOrder, reason), order));
    }

    private RenderedMail expiring(OrderFacts order, int daysLeft, int threshold) {
        return templates.render("certificate-expiring", "en", LifecycleMailModels.expiring(
                LifecycleFixtures.expiring(ORDER, CERTIFICATE, daysLeft, threshold), order));
    }

    private static String section(String body, String from, String to) {
        return body.substring(body.indexOf(from) + from.length(), body.indexOf(to));
    }
}
