package io.certflow.certstore.expiry;

import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.MutableClock;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateExpiring;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStored;
import io.certflow.events.RevocationReason;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.certflow.certstore.support.TestEvents.DOMAIN;
import static io.certflow.certstore.support.TestEvents.WWW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The expiry scan against real PostgreSQL and Kafka, with the service's clock pinned to days before
 * a certificate's notAfter. A database of its own: a scan covers every certificate in it.
 */
@MicronautTest(transactional = false)
class ExpiryScanTest extends CertStoreTestContext {

    private final MutableClock clock = new MutableClock();

    @Inject
    ObjectMapper json;

    @Inject
    ExpiryScan scan;

    private EventLog kafka;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    protected String database() {
        return "cert_store_expiry";
    }

    @BeforeAll
    void connect() {
        kafka = new EventLog(json);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldRemindOnceForEachThresholdWhenTimeCrossesThem() {
        TestEvents order = new TestEvents();
        Instant notAfter = store(order, Duration.ofDays(40));

        for (Duration left : List.of(Duration.ofDays(31), Duration.ofDays(29), Duration.ofDays(20), Duration.ofDays(13),
                Duration.ofDays(13), Duration.ofDays(6).plusHours(12), Duration.ofHours(20), Duration.ofHours(2))) {
            clock.pinBefore(notAfter, left);
            scan.scanOnce();
        }

        List<CertificateExpiring> reminders = reminders(order);
        assertThat(reminders).extracting(CertificateExpiring::thresholdDays).containsExactly(30, 14, 7, 1);
        assertThat(reminders).extracting(CertificateExpiring::daysLeft).containsExactly(29, 13, 6, 0);
        assertThat(reminders.get(0).commonName()).isEqualTo(DOMAIN);
        assertThat(reminders.get(0).subjectAlternativeNames()).containsExactly(DOMAIN, WWW);
        assertThat(reminders.get(0).notAfter()).isEqualTo(notAfter);
    }

    @Test
    void shouldRemindOnlyOfSmallestCrossedThresholdWhenFirstSeenWithFiveDaysLeft() {
        TestEvents order = new TestEvents();
        Instant notAfter = store(order, Duration.ofDays(40));
        UUID certificateId = certificateOf(order);

        clock.pinBefore(notAfter, Duration.ofDays(5));
        scan.scanOnce();
        scan.scanOnce();

        assertThat(reminders(order)).singleElement().satisfies(reminder -> {
            assertThat(reminder.thresholdDays()).isEqualTo(7);
            assertThat(reminder.daysLeft()).isEqualTo(5);
            assertThat(reminder.certificateId()).isEqualTo(certificateId);
        });
        assertThat(rows("expiry_notice WHERE certificate_id = '" + certificateId + "' AND notified")).isEqualTo(1);
        assertThat(rows("expiry_notice WHERE certificate_id = '" + certificateId + "' AND NOT notified"
                + " AND threshold_days IN (30, 14)")).isEqualTo(2);

        clock.pinBefore(notAfter, Duration.ofHours(23));
        scan.scanOnce();

        assertThat(reminders(order)).extracting(CertificateExpiring::thresholdDays).containsExactly(7, 1);
    }

    @Test
    void shouldSkipWhenCertificateWasRevokedOrReplaced() {
        TestEvents revoked = new TestEvents();
        TestEvents replaced = new TestEvents();
        Instant notAfter = store(revoked, Duration.ofDays(40));
        store(replaced, Duration.ofDays(40));
        kafka.publish(revoked.revoked(Instant.now(), RevocationReason.KEY_COMPROMISE));
        kafka.publish(replaced.statusChanged(CertificateStatus.REPLACED));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("certificate WHERE order_id IN ('" + revoked.orderId
                + "', '" + replaced.orderId + "') AND status <> 'VALID'") == 2);

        clock.pinBefore(notAfter, Duration.ofDays(5));
        scan.scanOnce();

        assertThat(rows("expiry_notice n JOIN certificate c ON c.id = n.certificate_id WHERE c.order_id IN ('"
                + revoked.orderId + "', '" + replaced.orderId + "')")).isZero();
        assertThat(rows("messaging_outbox WHERE topic = '" + Topics.CERTIFICATE_EXPIRING + "' AND record_key IN ('"
                + revoked.orderId + "', '" + replaced.orderId + "')")).isZero();
    }

    @Test
    void shouldRemindOnceWhenTwoInstancesScanAtTheSameTime() {
        List<TestEvents> orders = List.of(new TestEvents(), new TestEvents(), new TestEvents());
        Instant notAfter = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        orders.forEach(order -> store(order, notAfter));
        clock.pinBefore(notAfter, Duration.ofDays(5));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(scan::scanOnce);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(scan::scanOnce);

        assertThat(first.join() + second.join()).isGreaterThanOrEqualTo(orders.size());
        for (TestEvents order : orders) {
            assertThat(reminders(order)).extracting(CertificateExpiring::thresholdDays).containsExactly(7);
        }
    }

    private Instant store(TestEvents order, Duration validFor) {
        return store(order, Instant.now().plus(validFor).truncatedTo(ChronoUnit.SECONDS));
    }

    private Instant store(TestEvents order, Instant notAfter) {
        kafka.publish(order.requested());
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, WWW)
                .validBetween(Instant.now().minus(Duration.ofHours(1)), notAfter).pem(), TestCa.TRUSTED.chainPems()));
        kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);
        return notAfter;
    }

    private UUID certificateOf(TestEvents order) {
        return kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class)
                .certificateId();
    }

    /** Every reminder for the order, once the outbox has handed all of them to Kafka. */
    private List<CertificateExpiring> reminders(TestEvents order) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("messaging_outbox WHERE topic = '"
                + Topics.CERTIFICATE_EXPIRING + "' AND record_key = '" + order.orderId + "' AND published_at IS NULL")
                == 0);
        return kafka.all(Topics.CERTIFICATE_EXPIRING, order.orderId.toString(), CertificateExpiring.class);
    }
}
