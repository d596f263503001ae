package io.certflow.certstore.certificate;

import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.certstore.support.TestKeys;
import io.certflow.certstore.verification.Pem;
import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateQuarantined;
import io.certflow.events.CertificateStored;
import io.certflow.events.QuarantineReason;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** certificate.issued in, verified, then certificate.stored or certificate.quarantined out, over real Kafka. */
@MicronautTest(transactional = false)
class CertificateFlowTest extends CertStoreTestContext {

    @Inject
    ObjectMapper json;

    private EventLog kafka;

    @BeforeAll
    void connect() {
        kafka = new EventLog(json);
    }

    @Test
    void shouldStoreAndPublishWhenCertificateMatchesItsOrder() {
        var order = new TestEvents();
        var leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).issue();
        String leafPem = Pem.encode(leaf);

        kafka.publish(order.requested());
        kafka.publish(order.pushed(leafPem, TestCa.TRUSTED.chainPems()));

        CertificateStored stored = kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(),
                CertificateStored.class);
        assertThat(stored.sectigoOrderNumber()).isEqualTo(order.sectigoOrderNumber);
        assertThat(stored.serialNumber()).isEqualTo(leaf.getSerialNumber().toString(16));
        assertThat(stored.subject()).isEqualTo("CN=" + DOMAIN);
        assertThat(stored.subjectAlternativeNames()).containsExactly(DOMAIN, WWW);
        assertThat(stored.notAfter()).isEqualTo(leaf.getNotAfter().toInstant());
        assertThat(stored.certificatePem()).isEqualTo(leafPem);
        assertThat(stored.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
        assertThat(rows("certificate WHERE order_id = '" + order.orderId + "'")).isEqualTo(1);
    }

    @Test
    void shouldStoreChainLeafIssuerFirstWhenDeliveredRootFirst() {
        var order = new TestEvents();
        kafka.publish(order.requested());

        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(),
                List.of(TestCa.TRUSTED.rootPem(), TestCa.TRUSTED.intermediatePem())));

        assertThat(kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
    }

    @Test
    void shouldKeepOneRowAndPublishOnceWhenTheSameCertificateArrivesAgain() {
        var order = new TestEvents();
        String leafPem = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem();
        CertificateIssued pushed = order.pushed(leafPem, TestCa.TRUSTED.chainPems());
        CertificateIssued collectedLater = order.collected(leafPem, TestCa.TRUSTED.chainPems());
        kafka.publish(order.requested());

        kafka.publish(pushed);
        kafka.publish(pushed);
        kafka.publish(collectedLater);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("messaging_processed_event WHERE event_id = '"
                + collectedLater.metadata().eventId() + "'") == 1);
        String storedForOrder = "messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_STORED + "' AND record_key = '"
                + order.orderId + "'";
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(storedForOrder + " AND published_at IS NOT NULL") == 1);
        assertThat(rows(storedForOrder)).isEqualTo(1);
        assertThat(rows("certificate WHERE order_id = '" + order.orderId + "'")).isEqualTo(1);
        assertThat(kafka.all(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)).hasSize(1);
    }

    @Test
    void shouldQuarantineWhenCertificateIsForAnotherKey() {
        assertQuarantined(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).withKey(TestKeys.STRANGER.getPublic()).pem(),
                TestCa.TRUSTED.chainPems(), QuarantineReason.KEY_MISMATCH);
    }

    @Test
    void shouldQuarantineWhenAnOrderedNameIsNotCovered() {
        assertQuarantined(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN).pem(), TestCa.TRUSTED.chainPems(),
                QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldQuarantineWhenChainBuildsToAnUnrelatedCa() {
        assertQuarantined(TestCa.UNRELATED.leaf(DOMAIN, DOMAIN, WWW).pem(), TestCa.UNRELATED.chainPems(),
                QuarantineReason.CHAIN_UNTRUSTED);
    }

    @Test
    void shouldWaitByOrderThenStoreWhenPushedCertificateArrivesBeforeOrderRequested() {
        var order = new TestEvents();
        CertificateIssued early = order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(),
                TestCa.TRUSTED.chainPems());
        String waiting = "pending_certificate WHERE event_id = '" + early.metadata().eventId() + "' AND order_id = '"
                + order.orderId + "'";

        kafka.publish(early);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(waiting) == 1);
        assertThat(rows("certificate WHERE order_id = '" + order.orderId + "'")).isZero();
        kafka.publish(order.requested());

        assertThat(kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .sectigoOrderNumber()).isEqualTo(order.sectigoOrderNumber);
        assertThat(rows(waiting)).isZero();
    }

    @Test
    void shouldStoreWhenCollectedCertificateArrivesBeforeOrderRequested() {
        var order = new TestEvents();
        CertificateIssued early = order.collected(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(),
                TestCa.TRUSTED.chainPems());

        kafka.publish(early);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                rows("pending_certificate WHERE event_id = '" + early.metadata().eventId() + "'") == 1);
        kafka.publish(order.requested());

        assertThat(kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .orderId()).isEqualTo(order.orderId);
    }

    @Test
    void shouldStoreSmimeCertificateWhenCollectedCertificateNamesTheOrderedMailboxes() {
        var order = new TestEvents();
        String leafPem = TestCa.TRUSTED.leaf("Jane Doe").withEmails("jane@example.org", "j.doe@example.org").pem();
        kafka.publish(order.requestedSmime("jane@example.org", "J.Doe@example.org"));

        kafka.publish(order.collected(leafPem, List.of(TestCa.TRUSTED.rootPem(), TestCa.TRUSTED.intermediatePem())));

        CertificateStored stored = kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(),
                CertificateStored.class);
        assertThat(stored.subjectAlternativeNames()).containsExactly("jane@example.org", "j.doe@example.org");
        assertThat(stored.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
    }

    @Test
    void shouldQuarantineSmimeCertificateWhenAnOrderedMailboxIsMissing() {
        var order = new TestEvents();
        kafka.publish(order.requestedSmime("jane@example.org", "ops@example.org"));

        kafka.publish(order.collected(TestCa.TRUSTED.leaf("Jane Doe").withEmails("jane@example.org").pem(),
                TestCa.TRUSTED.chainPems()));

        CertificateQuarantined quarantined = kafka.first(Topics.CERTIFICATE_QUARANTINED, order.orderId.toString(),
                CertificateQuarantined.class);
        assertThat(quarantined.reason()).isEqualTo(QuarantineReason.NAMES_NOT_COVERED);
        assertThat(quarantined.detail()).contains("ops@example.org");
    }

    @Test
    void shouldStoreMultiDomainCertificateWhenItCoversEveryDomainNameButNotTheCsrCommonName() {
        var order = new TestEvents();
        kafka.publish(order.requestedMultiDomain("a.example.org", "a.example.org", "*.b.example.org"));

        kafka.publish(order.pushed(TestCa.TRUSTED.leaf("a.example.org", "a.example.org", "*.b.example.org").pem(),
                TestCa.TRUSTED.chainPems()));

        assertThat(kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .subjectAlternativeNames()).containsExactly("a.example.org", "*.b.example.org");
    }

    @Test
    void shouldQuarantineMultiDomainCertificateWhenAWildcardDomainNameIsOnlyCoveredByOneName() {
        var order = new TestEvents();
        kafka.publish(order.requestedMultiDomain("a.example.org", "a.example.org", "*.b.example.org"));

        kafka.publish(order.pushed(TestCa.TRUSTED.leaf("a.example.org", "a.example.org", "www.b.example.org").pem(),
                TestCa.TRUSTED.chainPems()));

        assertThat(kafka.first(Topics.CERTIFICATE_QUARANTINED, order.orderId.toString(), CertificateQuarantined.class)
                .detail()).contains("*.b.example.org");
    }

    private void assertQuarantined(String leafPem, List<String> chainPems, QuarantineReason reason) {
        var order = new TestEvents();
        kafka.publish(order.requested());

        kafka.publish(order.pushed(leafPem, chainPems));

        CertificateQuarantined quarantined = kafka.first(Topics.CERTIFICATE_QUARANTINED, order.orderId.toString(),
                CertificateQuarantined.class);
        assertThat(quarantined.reason()).isEqualTo(reason);
        assertThat(quarantined.sectigoOrderNumber()).isEqualTo(order.sectigoOrderNumber);
        assertThat(quarantined.detail()).isNotBlank();
        assertThat(rows("quarantined_certificate WHERE order_id = '" + order.orderId + "' AND reason = '" + reason
                + "'")).isEqualTo(1);
        assertThat(rows("certificate WHERE order_id = '" + order.orderId + "'")).isZero();
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_STORED + "' AND record_key = '"
                + order.orderId + "'")).isZero();
    }
}
