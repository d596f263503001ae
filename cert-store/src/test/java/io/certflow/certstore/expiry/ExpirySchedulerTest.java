package io.certflow.certstore.expiry;

import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled scan, as configured by its settings, on the real clock: it starts by itself and repeats without repeating a reminder. */
@MicronautTest(transactional = false)
class ExpirySchedulerTest extends CertStoreTestContext {

    @Inject
    ObjectMapper json;

    @Inject
    ExpiryScan scan;

    @Override
    protected String database() {
        return "cert_store_expiry_schedule";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("certflow.cert-store.expiry.enabled", "true");
        properties.put("certflow.cert-store.expiry.initial-delay", "200ms");
        properties.put("certflow.cert-store.expiry.scan-interval", "PT0.5S");
        properties.put("certflow.cert-store.expiry.thresholds", "14,3");
        return properties;
    }

    @Test
    void shouldRemindOnceWhenScheduledScansFindACertificateNearExpiry() {
        EventLog kafka = new EventLog(json);
        TestEvents order = new TestEvents();
        kafka.publish(order.requested());
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW).validBetween(
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(10))).pem(),
                TestCa.TRUSTED.chainPems()));
        kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);

        CertificateExpiring reminder = kafka.first(Topics.CERTIFICATE_EXPIRING, order.orderId.toString(),
                CertificateExpiring.class);
        long scansSoFar = scan.completedScans();
        await().atMost(Duration.ofSeconds(30)).until(() -> scan.completedScans() >= scansSoFar + 3);

        assertThat(reminder.thresholdDays()).isEqualTo(14);
        assertThat(reminder.daysLeft()).isEqualTo(9);
        assertThat(kafka.all(Topics.CERTIFICATE_EXPIRING, order.orderId.toString(), CertificateExpiring.class))
                .hasSize(1);
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_EXPIRING + "' AND record_key = '"
                + order.orderId + "'")).isEqualTo(1);
    }
}
