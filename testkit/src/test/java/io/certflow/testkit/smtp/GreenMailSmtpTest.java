package io.certflow.testkit.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.certflow.testkit.MailAttachment;
import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.SmtpServer;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GreenMailSmtpTest {

    private static final GreenMailSmtp SMTP = GreenMailSmtp.start(0);
    /** Binary on purpose: 7bit text parts get CRLF line ends on the wire, as SMTP requires. */
    private static final byte[] CERTIFICATE = {0x30, (byte) 0x82, 0x01, 0x0a, 0x00, (byte) 0xff, 0x0d, 0x0a, 0x0a};

    @BeforeEach
    void forgetEarlierMail() {
        SMTP.reset();
    }

    @AfterAll
    static void stop() {
        SMTP.close();
    }

    @Test
    void shouldReadBackTextAndAttachmentWhenMailIsSentViaJakartaMail() throws MessagingException {
        MailAttachment certificate = new MailAttachment("cert.der", "application/pkix-cert", CERTIFICATE);
        send(SMTP, "Your certificate", "It is attached.", certificate);

        await().atMost(Duration.ofSeconds(5)).until(() -> SMTP.received().size() == 1);
        ReceivedMail mail = SMTP.received().get(0);
        assertThat(mail.to()).containsExactly("alice@example.com");
        assertThat(mail.from()).isEqualTo("certflow@example.com");
        assertThat(mail.subject()).isEqualTo("Your certificate");
        assertThat(mail.text()).isEqualTo("It is attached.");
        assertThat(mail.attachments()).containsExactly(certificate);
    }

    @Test
    void shouldForgetReceivedMailWhenReset() throws MessagingException {
        send(SMTP, "First", "one", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> SMTP.received().size() == 1);

        SMTP.reset();

        assertThat(SMTP.received()).isEmpty();
    }

    /** Session.getInstance, not getDefaultInstance: the JVM-wide session would ignore host and port. */
    static void send(SmtpServer smtp, String subject, String text, MailAttachment attachment)
            throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("certflow@example.com"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("alice@example.com"));
        message.setSubject(subject);
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        body.addBodyPart(textPart);
        if (attachment != null) {
            MimeBodyPart file = new MimeBodyPart();
            var source = new ByteArrayDataSource(attachment.content(), attachment.contentType());
            file.setDataHandler(new DataHandler(source));
            file.setFileName(attachment.filename());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            body.addBodyPart(file);
        }
        message.setContent(body);
        Transport.send(message);
    }
}
