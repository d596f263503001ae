package io.certflow.notifier.notification;

import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.RevocationReason;
import io.certflow.notifier.support.Fixtures;
import io.certflow.notifier.support.LifecycleFixtures;
import io.certflow.notifier.support.NotifierTestContext;
import io.certflow.testkit.ReceivedMail;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A revocation the customer asked for did not happen: one email per refusal, none per redelivery. */
@MicronautTest(transactional = false)
class RevocationFailedMailFlowTest extends NotifierTestContext {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NOT_REVOKED = "Your certificate for shop.example.com was not revoked";

    @Override
    protected String database() {
        return "notifier_revocation_failed";
    }

    @Test
    void shouldSendOneMailPerRefusalWhenRefusalIsRedeliveredAndRevocationIsRefusedAgain() {
        UUID orderId = UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String number = placedOrder(orderId, email);
        OrderRevocationFailed refused = LifecycleFixtures.revocationFailed(orderId, number,
                RevocationReason.KEY_COMPROMISE);
        OrderRevocationFailed refusedAgain = LifecycleFixtures.revocationFailed(orderId, number,
                RevocationReason.UNSPECIFIED);

        publish(refused);
        publish(refused);
        // Same key and topic, so handled after the redelivery above.
        publish(refusedAgain);

        await().atMost(PATIENCE).until(() -> processed(refusedAgain) && mailsTo(email, NOT_REVOKED).size() >= 2);
        assertThat(queryLong("SELECT count(*) FROM outgoing_mail WHERE order_id = '" + orderId
                + "' AND kind = 'revocation-failed'")).isEqualTo(2);
        List<ReceivedMail> mails = mailsTo(email, NOT_REVOKED);
        assertThat(mails).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.to()).containsExactly(email);
            assertThat(mail.subject()).isEqualTo(NOT_REVOKED + " and is still valid, Sectigo order " + number);
            assertThat(mail.text()).contains("Hello " + Fixtures.CUSTOMER_NAME + ",",
                    "The certificate is still valid", LifecycleFixtures.REVOCATION_REFUSAL,
                    "POST /orders/" + orderId + "/revocation", "Our reference:  " + orderId,
                    "Sectigo code:   " + LifecycleFixtures.REVOCATION_PROVIDER_CODE);
        });
        assertThat(mails).extracting(ReceivedMail::text).anySatisfy(text -> assertThat(text)
                        .contains("The certificate's private key is, or may be, known to someone else."))
                .anySatisfy(text -> assertThat(text).contains("No reason was given."));
    }
}
