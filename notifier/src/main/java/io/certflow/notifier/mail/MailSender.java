package io.certflow.notifier.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Works the mail queue: claims a due email, sends it, and marks it sent, or, when SMTP fails,
 * counts the attempt, keeps the error and schedules the next try with capped exponential backoff.
 * An email is never dropped. Each email is claimed, sent and recorded in a transaction of its own
 * (a batch shares only the SMTP connection), so a crash between the server's acceptance and the
 * commit sends that one email again, never the emails sent before it (at-least-once at the SMTP
 * boundary, which no SMTP client can close). The row stays locked while it goes out, so an email
 * being sent is never replaced meanwhile.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final OutgoingMailRepository mails;
    private final SmtpTransport smtp;
    private final MailQueueProperties settings;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public MailSender(OutgoingMailRepository mails, SmtpTransport smtp, MailQueueProperties settings, Clock clock,
                      TransactionOperations<Connection> transactions) {
        this.mails = mails;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Sends every email that is due now; run by {@link MailSenderRunner}. */
    public void sendDueMail() {
        try {
            int claimed;
            do {
                claimed = sendBatch();
            } while (claimed == settings.batchSize());
        } catch (RuntimeException e) {
            // The database is down or the pool exhausted: the rows stay due and the next run retries.
            LOG.warn("Mail queue scan failed: {}", describe(e));
        }
    }

    private int sendBatch() {
        int sent = 0;
        try (SmtpTransport.Connection connection = smtp.connect()) {
            while (sent < settings.batchSize()
                    && Boolean.TRUE.equals(transactions.executeWrite(status -> sendNext(connection)))) {
                sent++;
            }
        }
        return sent;
    }

    /** @return whether an email was due */
    private boolean sendNext(SmtpTransport.Connection connection) {
        List<OutgoingMail> due = mails.claimDue(clock.instant(), 1);
        due.forEach(mail -> mails.update(attempt(mail, connection)));
        return !due.isEmpty();
    }

    private OutgoingMail attempt(OutgoingMail mail, SmtpTransport.Connection connection) {
        try {
            connection.send(mail);
            LOG.info("Sent {} mail {} for order {}", mail.kind(), mail.id(), mail.orderId());
            return mail.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            Instant now = clock.instant();
            OutgoingMail retry = mail.attemptFailed(describe(e), now, settings.retryDelayAfter(mail.attempts() + 1));
            LOG.warn("Sending {} mail {} failed (attempt {}), next try at {}: {}", mail.kind(), mail.id(),
                    retry.attempts(), retry.nextAttemptAt(), retry.lastError());
            return retry;
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append(" (cause: ").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage())
                    .append(')');
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
