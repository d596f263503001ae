package io.certflow.notifier.notification;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.RevocationReason;
import io.certflow.notifier.support.LifecycleFixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.certflow.events.CertificateStatus.AWAITING_VERIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID CERTIFICATE = UUID.randomUUID();
    private static final String NUMBER = "1234567";

    @Test
    void shouldBeSameNewsWhenPushAndCollectionReportSameVerification() {
        Notification pushed = status(LifecycleFixtures.pushed(ORDER, NUMBER, AWAITING_VERIFICATION,
                "Phone number verified", LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.callbackLink(NUMBER)));
        Notification collected = status(LifecycleFixtures.collected(ORDER, NUMBER, AWAITING_VERIFICATION, null,
                LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.callbackLink(NUMBER)));

        assertThat(pushed.news()).isEqualTo(collected.news());
        assertThat(pushed.eventId()).isNotEqualTo(collected.eventId());
    }

    @Test
    void shouldBeSameNewsWhenEvOrderIsVerifiedWithItsClickThroughCode() {
        Notification clickThrough = status(LifecycleFixtures.pushed(ORDER, NUMBER,
                CertificateStatus.AWAITING_CLICK_THROUGH, "EV click-through e-mail sent",
                LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.clickThroughLink(NUMBER)));
        Notification verified = status(LifecycleFixtures.pushed(ORDER, NUMBER, AWAITING_VERIFICATION,
                "Phone number verified", LifecycleFixtures.VERIFICATION_CODE, LifecycleFixtures.callbackLink(NUMBER)));

        assertThat(verified.news()).isEqualTo(clickThrough.news());
    }

    @Test
    void shouldBeNewNewsWhenVerificationCodeChanges() {
        Notification first = status(LifecycleFixtures.pushed(ORDER, NUMBER, AWAITING_VERIFICATION, null, "a1", null));
        Notification second = status(LifecycleFixtures.pushed(ORDER, NUMBER, AWAITING_VERIFICATION, null, "b2", null));

        assertThat(first.news()).isNotEqualTo(second.news());
    }

    @Test
    void shouldBeSameNewsWhenRevocationComesAsStatusAndAsEvent() {
        Notification status = status(LifecycleFixtures.pushed(ORDER, NUMBER, CertificateStatus.REVOKED, "Revoked"));
        Notification event = Notification.of(LifecycleFixtures.revoked(ORDER, NUMBER, RevocationReason.SUPERSEDED));

        assertThat(status.news()).isEqualTo(event.news()).isEqualTo("revoked");
        assertThat(status.kind().provisional()).isTrue();
        assertThat(event.kind().replacesQueued()).isTrue();
    }

    @Test
    void shouldBeNewNewsWhenRevocationIsRefusedAgain() {
        Notification first = Notification.of(LifecycleFixtures.revocationFailed(ORDER, NUMBER,
                RevocationReason.KEY_COMPROMISE));
        Notification again = Notification.of(LifecycleFixtures.revocationFailed(ORDER, NUMBER,
                RevocationReason.KEY_COMPROMISE));

        assertThat(first.news()).isEqualTo("revocation-failed:" + first.eventId()).isNotEqualTo(again.news());
        assertThat(first.kind().consumer()).isEqualTo("notifier.revocation-failed");
    }

    @Test
    void shouldBeOneNewsPerCertificateAndThresholdWhenCertificateIsExpiring() {
        String thirty = Notification.of(LifecycleFixtures.expiring(ORDER, CERTIFICATE, 29, 30)).news();

        assertThat(Notification.of(LifecycleFixtures.expiring(ORDER, CERTIFICATE, 28, 30)).news()).isEqualTo(thirty);
        assertThat(Notification.of(LifecycleFixtures.expiring(ORDER, CERTIFICATE, 6, 7)).news()).isNotEqualTo(thirty);
        assertThat(Notification.of(LifecycleFixtures.expiring(ORDER, UUID.randomUUID(), 29, 30)).news())
                .isNotEqualTo(thirty);
    }

    @Test
    void shouldBeAboutEventsOrderWhenStatusChangeCausesEmail() {
        Notification rejected = status(LifecycleFixtures.pushed(ORDER, NUMBER, CertificateStatus.REJECTED, "Rejected"));

        assertThat(rejected.orderId()).isEqualTo(ORDER);
        assertThat(rejected.kind()).isEqualTo(NotificationKind.ORDER_REJECTED);
        assertThat(Notification.of(LifecycleFixtures.pushed(ORDER, NUMBER, CertificateStatus.ISSUED, "Valid")))
                .isEmpty();
    }

    @Test
    void shouldCauseNoEmailWhenStatusIsIssuedReplacedOrValidating() {
        assertThat(NotificationKind.forStatus(CertificateStatus.ISSUED)).isEmpty();
        assertThat(NotificationKind.forStatus(CertificateStatus.REPLACED)).isEmpty();
        assertThat(NotificationKind.forStatus(CertificateStatus.VALIDATING)).isEmpty();
        assertThat(NotificationKind.forStatus(CertificateStatus.FAILED)).contains(NotificationKind.ISSUANCE_FAILED);
    }

    private static Notification status(CertificateStatusChanged changed) {
        return Notification.of(changed).orElseThrow();
    }
}
