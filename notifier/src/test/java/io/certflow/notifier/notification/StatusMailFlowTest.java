package io.certflow.notifier.notification;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.ReceivedMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.certflow.events.CertificateStatus.AWAITING_BRAND_VALIDATION;
import static io.certflow.events.CertificateStatus.AWAITING_CLICK_THROUGH;
import static io.certflow.events.CertificateStatus.AWAITING_VERIFICATION;
import static io.certflow.events.CertificateStatus.FAILED;
import static io.certflow.events.CertificateStatus.ISSUED;
import static io.certflow.events.CertificateStatus.REJECTED;
import static io.certflow.events.CertificateStatus.REPLACED;
import static io.certflow.notifier.support.LifecycleFixtures.VERIFICATION_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sectigo's status changes (push or collection) become emails where the customer can act or should know. */
@MicronautTest(transactional = false)
class StatusMailFlowTest extends NotifierTestContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String BRAND = "Sectigo is reviewing the brand for ";

    @Override
    protected String database() {
        return "notifier_status";
    }

    @Test
    void shouldSendCallbackLinkOnceWhenPushIsRedeliveredAndCollectionReportsItToo() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);
        CertificateStatusChanged pushed = LifecycleFixtures.pushed(orderId, number, AWAITING_VERIFICATION,
                "Phone number verified", VERIFICATION_CODE, LifecycleFixtures.callbackLink(number));

        publish(pushed);
        publish(pushed);
        publish(LifecycleFixtures.collected(orderId, number, AWAITING_VERIFICATION, null, VERIFICATION_CODE,
                LifecycleFixtures.callbackLink(number)));
        // Same key and topic, so handled after the three above: once its email is there, they were handled.
        publish(LifecycleFixtures.pushed(orderId, number, AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)"));

        awaitMail(email, BRAND);
        List<ReceivedMail> callbacks = mailsTo(email, "Action needed: complete the callback for ");
        assertThat(callbacks).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Action needed: complete the callback for shop.example.com, "
                    + "Sectigo order " + number);
            assertThat(mail.text()).contains(LifecycleFixtures.callbackLink(number),
                    "Verification code: " + VERIFICATION_CODE, "The link only confirms the callback");
        });
        assertThat(mailsTo(email, BRAND).get(0).text()).contains("There is nothing you need to do.");
    }

    @Test
    void shouldSendClickThroughLinkWhenEvOrderAwaitsAgreement() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);

        publish(LifecycleFixtures.pushed(orderId, number, AWAITING_CLICK_THROUGH, "EV click-through e-mail sent",
                VERIFICATION_CODE, LifecycleFixtures.clickThroughLink(number)));

        ReceivedMail mail = awaitMail(email, "Action needed: accept the certificate agreement for ");
        assertThat(mail.subject()).endsWith(", Sectigo order " + number);
        assertThat(mail.text()).contains(LifecycleFixtures.clickThroughLink(number));
    }

    @Test
    void shouldExplainCaaOnceWhenPushAndCollectionReportFailure() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);

        publish(LifecycleFixtures.pushed(orderId, number, FAILED, LifecycleFixtures.CAA_FAILURE));
        publish(LifecycleFixtures.collected(orderId, number, FAILED, LifecycleFixtures.CAA_FAILURE, null, null));
        publish(LifecycleFixtures.pushed(orderId, number, AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)"));

        awaitMail(email, BRAND);
        assertThat(mailsTo(email, "No certificate will be issued for ")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("No certificate will be issued for shop.example.com, Sectigo order "
                    + number);
            assertThat(mail.text()).contains("CAA records", "shop.example.com.  CAA  0 issue \"sectigo.com\"",
                    "Sectigo's words: CAA: Not authorized to issue", "no certificate will be issued");
        });
    }

    @Test
    void shouldGiveReasonWhenSectigoRejectsOrder() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);

        publish(LifecycleFixtures.pushed(orderId, number, REJECTED, "Rejected: Organization could not be verified"));

        ReceivedMail mail = awaitMail(email, "Sectigo rejected the certificate order for ");
        assertThat(mail.text()).contains("Sectigo's reason: Organization could not be verified");
    }

    @Test
    void shouldSendNothingWhenStatusIsIssuedOrReplaced() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);

        publish(LifecycleFixtures.pushed(orderId, number, ISSUED, "Valid"));
        publish(LifecycleFixtures.pushed(orderId, number, REPLACED, "Replaced"));
        publish(LifecycleFixtures.pushed(orderId, number, AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)"));

        awaitMail(email, BRAND);
        assertThat(mailTo(Infrastructure.smtp().received(), email)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Your certificate order for shop.example.com was placed (Sectigo order "
                        + number + ")", BRAND + "shop.example.com, Sectigo order " + number);
    }

    @Test
    void shouldSendStatusMailOnceRecipientIsKnownWhenStatusArrivesBeforeOrderRequested() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = LifecycleFixtures.uniqueSectigoOrder();

        publish(LifecycleFixtures.pushed(orderId, number, REJECTED, "Rejected: Domain is high-risk"));
        await().atMost(PATIENCE).until(() -> pendingFor(orderId) == 1);
        publish(Fixtures.requested(orderId, email));

        ReceivedMail mail = awaitMail(email, "Sectigo rejected the certificate order for ");
        assertThat(mail.subject()).isEqualTo("Sectigo rejected the certificate order for shop.example.com, "
                + "Sectigo order " + number);
        assertThat(mail.text()).contains("Sectigo's reason: Domain is high-risk", "Our reference:  " + orderId);
        assertThat(pendingFor(orderId)).isZero();
        assertThat(mailTo(Infrastructure.smtp().received(), email)).hasSize(1);
    }

    @Test
    void shouldSendStatusMailAtOnceWhenOrderPlacedWasNotReadYet() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = LifecycleFixtures.uniqueSectigoOrder();
        publish(Fixtures.requested(orderId, email));
        await().atMost(PATIENCE).until(() -> queryLong("SELECT count(*) FROM recipient WHERE order_id = '"
                + orderId + "'") == 1);

        publish(LifecycleFixtures.pushed(orderId, number, AWAITING_BRAND_VALIDATION, "Awaiting Validation (Brand)"));

        assertThat(awaitMail(email, BRAND).subject()).isEqualTo(BRAND + "shop.example.com, Sectigo order " + number);
        assertThat(pendingFor(orderId)).isZero();
    }

    private long pendingFor(UUID orderId) {
        return queryLong("SELECT count(*) FROM pending_notification WHERE order_id = '" + orderId + "'");
    }
}
