package io.certflow.notifier.mail;

import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.smtp.GreenMailSmtp;
import io.certflow.testkit.smtp.SmtpTlsCertificate;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP_TLS modes against a real GreenMail: with TLS, mail goes encrypted to a trusted server or not at all. */
class SmtpTlsTest {

    private static SmtpTlsCertificate certificate;

    @BeforeAll
    static void createCertificate() {
        certificate = SmtpTlsCertificate.create();
    }

    private static SmtpProperties settings(GreenMailSmtp server, SmtpTls tls, String trustStore) {
        return new SmtpProperties(server.host(), server.port(), null, null, tls, trustStore,
                trustStore == null ? null : certificate.password(), "certflow <no-reply@certflow.local>",
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static void send(SmtpProperties settings, String subject) throws MessagingException {
        OutgoingMail mail = OutgoingMail.queue(UUID.randomUUID(), UUID.randomUUID(), "issued", "issued",
                "customer@example.com", subject, "body", List.of(), Instant.now(), Instant.now());
        try (SmtpTransport.Connection connection = new SmtpTransport(settings).connect()) {
            connection.send(mail);
        }
    }

    @Test
    void shouldDeliverOverImplicitTlsWhenServerCertificateIsTrusted() throws MessagingException {
        try (GreenMailSmtp smtps = GreenMailSmtp.startImplicitTls(certificate)) {
            send(settings(smtps, SmtpTls.IMPLICIT, certificate.trustStore().toString()), "over smtps");

            assertThat(smtps.received()).extracting(ReceivedMail::subject).containsExactly("over smtps");
        }
    }

    @Test
    void shouldRefuseToSendOverImplicitTlsWhenServerCertificateIsNotTrusted() {
        try (GreenMailSmtp smtps = GreenMailSmtp.startImplicitTls(certificate)) {
            assertThatThrownBy(() -> send(settings(smtps, SmtpTls.IMPLICIT, null), "untrusted"))
                    .isInstanceOf(MessagingException.class)
                    .hasStackTraceContaining("PKIX path building failed");
            assertThat(smtps.received()).isEmpty();
        }
    }

    @Test
    void shouldSendNothingInClearTextWhenStarttlsIsRequiredAndServerDoesNotOfferIt() {
        try (GreenMailSmtp plain = GreenMailSmtp.start(0)) {
            assertThatThrownBy(() -> send(settings(plain, SmtpTls.STARTTLS, certificate.trustStore().toString()),
                    "clear text"))
                    .isInstanceOf(MessagingException.class)
                    .hasStackTraceContaining("STARTTLS is required");
            assertThat(plain.received()).isEmpty();
        }
    }

    @Test
    void shouldDeliverInClearTextWhenTlsIsNone() throws MessagingException {
        try (GreenMailSmtp plain = GreenMailSmtp.start(0)) {
            send(settings(plain, SmtpTls.NONE, null), "local catcher");

            assertThat(plain.received()).extracting(ReceivedMail::subject).containsExactly("local catcher");
        }
    }
}
