package io.certflow.notifier.mail;

import io.certflow.names.MailAddresses;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

/**
 * Sends queued emails over SMTP with plain Jakarta Mail, a batch over one connection. The session is this service's own
 * ({@link Session#getInstance}): the JVM-wide default session would keep whatever host the first
 * caller gave it.
 */
@Singleton
public class SmtpTransport {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpProperties settings;
    private final Session session;
    private final InternetAddress from;

    public SmtpTransport(SmtpProperties settings) {
        this.settings = settings;
        this.session = Session.getInstance(SmtpSessionProperties.of(settings));
        this.from = sender(settings.from());
    }

    /**
     * A connection for a run of emails: one TCP connection and SMTP handshake for the whole batch
     * instead of one per email. It connects at the first send; a failed send drops it, so the next
     * email of the batch gets a fresh connection rather than a broken one.
     */
    public Connection connect() {
        return new Connection();
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.id());
        message.setFrom(from);
        // Intake's rule: one recipient exactly as written, never a list or a different address inside it.
        message.setRecipient(Message.RecipientType.TO, MailAddresses.recipient(mail.recipient()));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), UTF_8);
        } else {
            message.setContent(withAttachments(mail));
        }
        message.saveChanges();
        return message;
    }

    /** An SMTP connection held for one batch; not thread-safe. */
    public final class Connection implements AutoCloseable {

        private Transport transport;

        private Connection() {
        }

        public void send(OutgoingMail mail) throws MessagingException {
            MimeMessage message = message(mail);
            try {
                open().sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private Transport open() throws MessagingException {
            if (transport == null) {
                Transport opened = session.getTransport();
                if (settings.authenticates()) {
                    opened.connect(settings.username(), settings.password());
                } else {
                    opened.connect();
                }
                transport = opened;
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is gone either way; the next send opens a new one.
            } finally {
                transport = null;
            }
        }
    }

    private static MimeMultipart withAttachments(OutgoingMail mail) throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), UTF_8);
        mixed.addBodyPart(text);
        for (MailAttachment attachment : mail.attachments()) {
            mixed.addBodyPart(part(attachment));
        }
        return mixed;
    }

    private static MimeBodyPart part(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        byte[] bytes = attachment.content().getBytes(StandardCharsets.US_ASCII);
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, attachment.contentType())));
        part.setFileName(attachment.filename());
        part.setDisposition(Part.ATTACHMENT);
        // base64 keeps the file byte for byte; as 7bit text SMTP would turn its line ends into CRLF.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress sender(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("certflow.notifier.smtp.from (MAIL_FROM) is not a valid address: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A Message-ID derived from the queue row, so that if the same row is ever sent twice (a crash
     * between the server's acceptance and our commit) mail systems can tell it is one message.
     */
    private static final class StableIdMessage extends MimeMessage {

        private final UUID mailId;

        StableIdMessage(Session session, UUID mailId) {
            super(session);
            this.mailId = mailId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + mailId + "@certflow>");
        }
    }
}
