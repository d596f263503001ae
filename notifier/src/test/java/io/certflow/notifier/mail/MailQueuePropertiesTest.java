package io.certflow.notifier.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailQueuePropertiesTest {

    private final MailQueueProperties settings = new MailQueueProperties(Duration.ofMillis(100), 20,
            Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void shouldDoubleTheWaitUpToTheCapWhenAttemptsKeepFailing() {
        assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.retryDelayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.retryDelayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelayAfter(10_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldNameTheSettingWhenCapIsBelowFirstDelay() {
        assertThatThrownBy(() -> new MailQueueProperties(Duration.ofMillis(100), 20, Duration.ofSeconds(5),
                Duration.ofSeconds(1))).hasMessageContaining("certflow.notifier.mail.max-retry-delay");
    }

    @Test
    void shouldNeverShowPasswordWhenSmtpPropertiesArePrinted() {
        SmtpProperties smtp = new SmtpProperties("smtp.example.com", 587, "certflow", "s3cret-pass", SmtpTls.STARTTLS,
                "/etc/certflow/smtp-ca.p12", "tru5t-pass", "certflow <no-reply@example.com>", Duration.ofSeconds(10),
                Duration.ofSeconds(30));

        assertThat(smtp.toString()).doesNotContain("s3cret-pass", "tru5t-pass")
                .contains("password=****", "trustStorePassword=****", "host=smtp.example.com", "tls=STARTTLS");
        assertThat(smtp.authenticates()).isTrue();
    }
}
