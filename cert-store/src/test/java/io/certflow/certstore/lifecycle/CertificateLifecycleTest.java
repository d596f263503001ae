package io.certflow.certstore.lifecycle;

import io.certflow.certstore.support.Bearer;
import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateRevoked;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStored;
import io.certflow.events.RevocationReason;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** certificate.revoked, certificate.status-changed and replacement orders, over real Kafka, seen through the REST view. */
@MicronautTest(transactional = false)
class CertificateLifecycleTest extends CertStoreTestContext {

    @Inject
    ObjectMapper json;

    @Inject
    @Client("/")
    HttpClient http;

    private EventLog kafka;

    @BeforeAll
    void connect() {
        kafka = new EventLog(json);
    }

    @Test
    void shouldShowRevokedWithTimeAndReasonWhenCertificateRevokedArrives() {
        TestEvents order = new TestEvents();
        String id = store(order);
        Instant revokedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        kafka.publish(order.revoked(revokedAt, RevocationReason.KEY_COMPROMISE));

        Map<String, Object> view = awaitStatus(id, "REVOKED");
        assertThat(view).containsEntry("revokedAt", revokedAt.toString())
                .containsEntry("revocationReason", "KEY_COMPROMISE");
    }

    @Test
    void shouldChangeNothingWhenRevocationIsRedeliveredOrRepeatedByPush() {
        TestEvents order = new TestEvents();
        String id = store(order);
        CertificateRevoked revoked = order.revoked(Instant.now(), RevocationReason.SUPERSEDED);
        var pushed = order.statusChanged(CertificateStatus.REVOKED);

        kafka.publish(revoked);
        kafka.publish(revoked);
        kafka.publish(pushed);

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("messaging_processed_event WHERE event_id = '"
                + pushed.metadata().eventId() + "'") == 1);
        assertThat(awaitStatus(id, "REVOKED")).containsEntry("revocationReason", "SUPERSEDED");
        assertThat(rows("certificate WHERE id = '" + id + "' AND version = 1")).as("updated once").isEqualTo(1);
        assertThat(rows("lifecycle_fact WHERE order_id = '" + order.orderId + "'")).isEqualTo(2);
    }

    @Test
    void shouldMarkReplacedOnlyByReplacedPushWhenOtherStatusesComeFirst() {
        TestEvents order = new TestEvents();
        String id = store(order);

        kafka.publish(order.statusChanged(CertificateStatus.AWAITING_BRAND_VALIDATION));
        kafka.publish(order.statusChanged(CertificateStatus.FAILED));
        kafka.publish(order.statusChanged(CertificateStatus.REPLACED));

        assertThat(awaitStatus(id, "REPLACED")).containsKey("replacedAt").doesNotContainKey("replacedByCertificate");
        assertThat(rows("lifecycle_fact WHERE order_id = '" + order.orderId + "'")).isEqualTo(1);
    }

    @Test
    void shouldMarkOldCertificateReplacedByNewOneWhenReplacementOrdersCertificateIsStored() {
        TestEvents original = new TestEvents();
        String oldId = store(original);
        TestEvents replacement = new TestEvents();

        kafka.publish(replacement.replacing(original));
        kafka.publish(replacement.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(), TestCa.TRUSTED.chainPems()));

        String newId = kafka.first(Topics.CERTIFICATE_STORED, replacement.orderId.toString(), CertificateStored.class)
                .certificateId().toString();
        assertThat(awaitStatus(oldId, "REPLACED")).containsEntry("replacedByCertificate", newId);
        assertThat(view(newId)).containsEntry("status", "VALID");
    }

    @Test
    void shouldStoreRevokedAndNotAnnounceWhenRevocationArrivesBeforeCertificate() {
        TestEvents order = new TestEvents();
        CertificateRevoked revoked = order.revoked(Instant.now(), RevocationReason.CESSATION_OF_OPERATION);
        kafka.publish(order.requested());
        kafka.publish(revoked);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("lifecycle_fact WHERE order_id = '" + order.orderId + "'") == 1);

        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(), TestCa.TRUSTED.chainPems()));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("certificate WHERE order_id = '" + order.orderId
                + "' AND status = 'REVOKED' AND revocation_reason = 'CESSATION_OF_OPERATION'") == 1);
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_STORED + "' AND record_key = '"
                + order.orderId + "'")).isZero();
    }

    @Test
    void shouldStoreRevokedWhenRevokedPushAndCertificateArriveBeforeOrderRequested() {
        TestEvents order = new TestEvents();
        kafka.publish(order.statusChanged(CertificateStatus.REVOKED));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("lifecycle_fact WHERE order_id = '" + order.orderId + "'") == 1);
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(), TestCa.TRUSTED.chainPems()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("pending_certificate WHERE order_id = '" + order.orderId + "'") == 1);

        kafka.publish(order.requested());

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("certificate WHERE order_id = '" + order.orderId
                + "' AND status = 'REVOKED' AND revoked_at IS NOT NULL") == 1);
        assertThat(rows("pending_certificate WHERE order_id = '" + order.orderId + "'")).isZero();
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_STORED + "' AND record_key = '"
                + order.orderId + "'")).isZero();
    }

    private String store(TestEvents order) {
        kafka.publish(order.requested());
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).pem(), TestCa.TRUSTED.chainPems()));
        return kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .certificateId().toString();
    }

    private Map<String, Object> awaitStatus(String id, String status) {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            seen.set(view(id));
            return status.equals(seen.get().get("status"));
        });
        return seen.get();
    }

    private Map<String, Object> view(String id) {
        return http.toBlocking().retrieve(Bearer.get("/certificates/" + id),
                Argument.mapOf(String.class, Object.class));
    }
}
