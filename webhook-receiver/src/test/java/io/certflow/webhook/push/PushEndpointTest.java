package io.certflow.webhook.push;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.OrderPlaced;
import io.certflow.events.StatusOrigin;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.certflow.webhook.support.Certificates;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class PushEndpointTest extends PushTestContext {

    @Inject
    ObjectMapper json;

    @Test
    void shouldStoreAndPublishStatusWhenVerifiedPushArrivesByGet() {
        Pushes push = Pushes.verified("mdtBfVzq0MIaiGg8");

        HttpResponse<String> response = sectigo().get(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                + "' AND certificate_status = 'AWAITING_VERIFICATION'")).isEqualTo(1);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, push.orderNumber(),
                CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.AWAITING_VERIFICATION);
        assertThat(changed.verificationCode()).isEqualTo("mdtBfVzq0MIaiGg8");
        assertThat(changed.providerStatus()).isEqualTo("verified/12");
        assertThat(changed.description()).isEqualTo("Phone number verified");
        assertThat(changed.origin()).isEqualTo(StatusOrigin.PUSH);
        assertThat(changed.orderId()).isNull();
        assertThat(changed.metadata().source()).isEqualTo("webhook-receiver");
    }

    @Test
    void shouldPublishIssuedWithChainWhenCertificateIsPosted() {
        Certificates.Chain chain = Certificates.chainFor("shop.example.com");
        Pushes push = Pushes.issued(chain);

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateIssued issued = new EventLog(json).first(Topics.CERTIFICATE_ISSUED, push.orderNumber(),
                CertificateIssued.class);
        assertThat(issued.certificatePem()).isEqualTo(chain.leafPem());
        assertThat(issued.chainPems()).containsExactly(chain.intermediatePem(), chain.rootPem());
        assertThat(issued.origin()).isEqualTo(StatusOrigin.PUSH);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, push.orderNumber(),
                CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(changed.providerStatus()).isEqualTo("issued/6");
    }

    @Test
    void shouldStoreAndPublishOnceWhenSamePushArrivesTwice() {
        Pushes push = Pushes.issued(Certificates.chainFor("twice.example.com"));

        HttpResponse<String> first = sectigo().post(PATH, push.encoded());
        HttpResponse<String> second = sectigo().post(PATH, push.encoded());

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(200, 200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isEqualTo(1);
        assertThat(rows(outboxFor(push, Topics.CERTIFICATE_STATUS_CHANGED))).isEqualTo(1);
        assertThat(rows(outboxFor(push, Topics.CERTIFICATE_ISSUED))).isEqualTo(1);
    }

    @Test
    void shouldCarryOrderIdWhenOrderWasPlacedBefore() {
        String orderNumber = Pushes.newOrderNumber();
        UUID orderId = UUID.randomUUID();
        new EventLog(json).publish(OrderPlaced.of("sectigo-gateway", orderId, orderNumber, null, null, null, null, List.of(),
                null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("known_order WHERE sectigo_order_number = '" + orderNumber + "'") == 1);

        HttpResponse<String> response = sectigo().get(PATH, Pushes.revoked().with("orderNumber", orderNumber)
                .encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, orderNumber,
                CertificateStatusChanged.class);
        assertThat(changed.orderId()).isEqualTo(orderId);
        assertThat(changed.metadata().correlationId()).isEqualTo(orderId.toString());
        assertThat(changed.status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void shouldReadParameterNamesCaseInsensitivelyWhenSectigoCapitalizesThem() {
        String orderNumber = Pushes.newOrderNumber();

        HttpResponse<String> response = sectigo().get(PATH,
                "ORDERNUMBER=" + orderNumber + "&Status=rejected&STATUSCODE=7&statusdesc=Rejected%3A+fraud");

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, orderNumber,
                CertificateStatusChanged.class);
        assertThat(changed.status()).isEqualTo(CertificateStatus.REJECTED);
        assertThat(changed.description()).isEqualTo("Rejected: fraud");
    }

    @Test
    void shouldNotAnnounceIssuedWhenRevokedPushCarriesCertificate() {
        Certificates.Chain chain = Certificates.chainFor("revoked.example.com");
        Pushes push = Pushes.revoked().with("certificate", chain.leafPem()).with("caCertificate",
                chain.caCertificate());

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows(outboxFor(push, Topics.CERTIFICATE_STATUS_CHANGED))).isEqualTo(1);
        assertThat(rows(outboxFor(push, Topics.CERTIFICATE_ISSUED))).isZero();
    }

    @Test
    void shouldAcceptAndAnnounceIssuedWhenSmimePushCarriesEventType() {
        Certificates.Chain chain = Certificates.chainFor("mailbox.example.org");
        Pushes push = Pushes.issued(chain).with("eventType", "issued");

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber()
                + "' AND event_type = 'issued'")).isEqualTo(1);
        assertThat(new EventLog(json).first(Topics.CERTIFICATE_ISSUED, push.orderNumber(), CertificateIssued.class)
                .certificatePem()).isEqualTo(chain.leafPem());
        assertThat(new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED, push.orderNumber(),
                CertificateStatusChanged.class).status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void shouldGiveVerifiedPushTheEvLinkWhenOrderHadAClickThroughPush() {
        Pushes clickThrough = Pushes.of("click-through", 12, "EV click-through e-mail sent")
                .with("verificationCode", "Zx9Kq2Lm4N");
        Pushes verified = Pushes.verified("Zx9Kq2Lm4N").with("orderNumber", clickThrough.orderNumber());

        assertThat(sectigo().get(PATH, clickThrough.encoded()).statusCode()).isEqualTo(200);
        assertThat(sectigo().get(PATH, verified.encoded()).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED,
                clickThrough.orderNumber(), CertificateStatusChanged.class).size() == 2);
        assertThat(new EventLog(json).all(Topics.CERTIFICATE_STATUS_CHANGED, clickThrough.orderNumber(),
                CertificateStatusChanged.class)).extracting(CertificateStatusChanged::nextStepUrl).containsOnly(
                "https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber="
                        + clickThrough.orderNumber() + "&code2=Zx9Kq2Lm4N");
    }

    private static String outboxFor(Pushes push, String topic) {
        return "messaging_outbox WHERE record_key = '" + push.orderNumber() + "' AND topic = '" + topic + "'";
    }
}
