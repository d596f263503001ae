package io.certflow.webhook.push;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.StatusOrigin;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.certflow.webhook.support.Certificates;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class PushEndpointTest extends PushTestContext {

    @Test
    void shouldStoreAndPublishStatusWhenVerifiedPushArrivesByGet() {
        Pushes push = Pushes.verified("mdtBfVzq0MIaiGg8");
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> response = sectigo().get(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                + "' AND certificate_status = 'AWAITING_VERIFICATION' AND published")).isEqualTo(1);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.AWAITING_VERIFICATION);
        assertThat(changed.verificationCode()).isEqualTo("mdtBfVzq0MIaiGg8");
        assertThat(changed.providerStatus()).isEqualTo("verified/12");
        assertThat(changed.description()).isEqualTo("Phone number verified");
        assertThat(changed.origin()).isEqualTo(StatusOrigin.PUSH);
        assertThat(changed.orderId()).isEqualTo(orderId);
        assertThat(changed.metadata().correlationId()).isEqualTo(orderId.toString());
        assertThat(changed.sectigoOrderNumber()).isEqualTo(push.orderNumber());
        assertThat(changed.metadata().source()).isEqualTo("webhook-receiver");
    }

    @Test
    void shouldPublishIssuedWithChainWhenCertificateIsPosted() {
        Certificates.Chain chain = Certificates.chainFor("shop.example.com");
        Pushes push = Pushes.issued(chain);
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateIssued issued = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderId.toString(),
                CertificateIssued.class);
        assertThat(issued.orderId()).isEqualTo(orderId);
        assertThat(issued.certificatePem()).isEqualTo(chain.leafPem());
        assertThat(issued.chainPems()).containsExactly(chain.intermediatePem(), chain.rootPem());
        assertThat(issued.origin()).isEqualTo(StatusOrigin.PUSH);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(changed.providerStatus()).isEqualTo("issued/6");
    }

    @Test
    void shouldStoreAndPublishOnceWhenSamePushArrivesTwice() {
        Pushes push = Pushes.issued(Certificates.chainFor("twice.example.com"));
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> first = sectigo().post(PATH, push.encoded());
        HttpResponse<String> second = sectigo().post(PATH, push.encoded());

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(200, 200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isEqualTo(1);
        assertThat(rows(outboxFor(orderId, Topics.CERTIFICATE_STATUS_CHANGED))).isEqualTo(1);
        assertThat(rows(outboxFor(orderId, Topics.CERTIFICATE_ISSUED))).isEqualTo(1);
    }

    @Test
    void shouldHoldPushAndPublishNothingWhenOrderIsNotPlacedYet() {
        Pushes push = Pushes.issued(Certificates.chainFor("early.example.com"));

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                + "' AND NOT published AND order_id IS NULL")).isEqualTo(1);
        assertThat(rows("messaging_outbox WHERE payload::text LIKE '%" + push.orderNumber() + "%'")).isZero();
        HttpResponse<String> health = sectigo().anonymous().get("/health", "");
        assertThat(health.body()).contains("\"heldPushes\"").contains("\"oldestReceivedAt\"");
    }

    @Test
    void shouldPublishHeldPushesInArrivalOrderWithOrderIdWhenOrderIsPlaced() {
        Certificates.Chain chain = Certificates.chainFor("late.example.com");
        Pushes verified = Pushes.verified("mdtBfVzq0MIaiGg8");
        Pushes issued = Pushes.issued(chain).with("orderNumber", verified.orderNumber());
        assertThat(sectigo().get(PATH, verified.encoded()).statusCode()).isEqualTo(200);
        assertThat(sectigo().post(PATH, issued.encoded()).statusCode()).isEqualTo(200);

        UUID orderId = placed(verified.orderNumber());

        await().atMost(Duration.ofSeconds(30)).until(() -> new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class).size() == 2);
        assertThat(new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED, orderId.toString(),
                CertificateStatusChanged.class)).extracting(CertificateStatusChanged::status)
                .containsExactly(CertificateStatus.AWAITING_VERIFICATION, CertificateStatus.ISSUED);
        CertificateIssued certificate = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderId.toString(),
                CertificateIssued.class);
        assertThat(certificate.orderId()).isEqualTo(orderId);
        assertThat(certificate.chainPems()).containsExactly(chain.intermediatePem(), chain.rootPem());
        assertThat(rows("received_push WHERE sectigo_order_number = '" + verified.orderNumber()
                + "' AND published AND order_id = '" + orderId + "'")).isEqualTo(2);
    }

    /**
     * The race the Sectigo number's lock closes: the push has found no known order and is still
     * inserting (slowed by a trigger) when its order.placed is handled. Without the lock the handler
     * finds nothing held, commits, and the push stays held for ever.
     */
    @Test
    void shouldPublishPushWhenItsOrderPlacedArrivesWhileThePushIsBeingStored() throws Exception {
        execute("""
                CREATE OR REPLACE FUNCTION slow_push() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN IF NEW.status_desc = 'Slow push (test)' THEN PERFORM pg_sleep(3); END IF; RETURN NEW; END; $$""");
        execute("CREATE TRIGGER slow_push BEFORE INSERT ON received_push FOR EACH ROW EXECUTE FUNCTION slow_push()");
        try {
            Pushes push = Pushes.of("rejected", 7, "Slow push (test)");
            CompletableFuture<HttpResponse<String>> answer =
                    CompletableFuture.supplyAsync(() -> sectigo().get(PATH, push.encoded()));
            await().atMost(Duration.ofSeconds(30)).until(() -> rows(
                    "pg_stat_activity WHERE state = 'active' AND query LIKE 'INSERT INTO received_push%'") == 1);

            UUID orderId = placed(push.orderNumber());

            assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> new EventLog(json).all(
                    Topics.CERTIFICATE_STATUS_CHANGED, orderId.toString(), CertificateStatusChanged.class).size() == 1);
            assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                    + "' AND NOT published")).isZero();
        } finally {
            execute("DROP TRIGGER IF EXISTS slow_push ON received_push");
        }
    }

    @Test
    void shouldReadParameterNamesCaseInsensitivelyWhenSectigoCapitalizesThem() {
        String orderNumber = Pushes.newOrderNumber();
        UUID orderId = placed(orderNumber);

        HttpResponse<String> response = sectigo().get(PATH,
                "ORDERNUMBER=" + orderNumber + "&Status=rejected&STATUSCODE=7&statusdesc=Rejected%3A+fraud");

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.REJECTED);
        assertThat(changed.description()).isEqualTo("Rejected: fraud");
    }

    @Test
    void shouldNotAnnounceIssuedWhenRevokedPushCarriesCertificate() {
        Certificates.Chain chain = Certificates.chainFor("revoked.example.com");
        Pushes push = Pushes.revoked().with("certificate", chain.leafPem()).with("caCertificate",
                chain.caCertificate());
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows(outboxFor(orderId, Topics.CERTIFICATE_STATUS_CHANGED))).isEqualTo(1);
        assertThat(rows(outboxFor(orderId, Topics.CERTIFICATE_ISSUED))).isZero();
    }

    @Test
    void shouldAcceptAndAnnounceIssuedWhenSmimePushCarriesEventType() {
        Certificates.Chain chain = Certificates.chainFor("mailbox.example.org");
        Pushes push = Pushes.issued(chain).with("eventType", "issued");
        UUID orderId = placed(push.orderNumber());

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                + "' AND event_type = 'issued'")).isEqualTo(1);
        assertThat(new EventLog(json).first(Topics.CERTIFICATE_ISSUED, orderId.toString(), CertificateIssued.class)
                .certificatePem()).isEqualTo(chain.leafPem());
        assertThat(new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, orderId.toString(),
                CertificateStatusChanged.class).status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void shouldGiveVerifiedPushTheEvLinkWhenOrderHadAClickThroughPush() {
        Pushes clickThrough = Pushes.of("click-through", 12, "EV click-through e-mail sent")
                .with("verificationCode", "Zx9Kq2Lm4N");
        Pushes verified = Pushes.verified("Zx9Kq2Lm4N").with("orderNumber", clickThrough.orderNumber());
        UUID orderId = placed(clickThrough.orderNumber());

        assertThat(sectigo().get(PATH, clickThrough.encoded()).statusCode()).isEqualTo(200);
        assertThat(sectigo().get(PATH, verified.encoded()).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class).size() == 2);
        assertThat(new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED, orderId.toString(),
                CertificateStatusChanged.class)).extracting(CertificateStatusChanged::nextStepUrl).containsOnly(
                "https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber="
                        + clickThrough.orderNumber() + "&code2=Zx9Kq2Lm4N");
    }

    private static String outboxFor(UUID orderId, String topic) {
        return "messaging_outbox WHERE record_key = '" + orderId + "' AND topic = '" + topic + "'";
    }
}
