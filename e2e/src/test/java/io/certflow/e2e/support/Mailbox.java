package io.certflow.e2e.support;

import io.certflow.testkit.ReceivedMail;
import io.certflow.testkit.SmtpServer;

import java.util.List;
import java.util.regex.Pattern;

/** The mail the stack's SMTP server caught, by customer. */
public final class Mailbox {

    private final SmtpServer smtp;

    Mailbox(SmtpServer smtp) {
        this.smtp = smtp;
    }

    public List<ReceivedMail> to(String address) {
        return smtp.received().stream()
                .filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    /** The customer's mails of one kind, told apart by their subject. */
    public List<ReceivedMail> to(String address, MailKind kind) {
        return to(address).stream().filter(kind::matches).toList();
    }

    /**
     * What the notifier tells a customer, told apart by the subject lines of its English templates
     * ({@code notifier/src/main/resources/templates/en}). Each subject matches exactly one kind
     * ({@code MailKindTest}).
     */
    public enum MailKind {
        /**
         * "Your [replacement ]certificate order for … was placed (Sectigo order …)", "Action needed: validate …
         * (Sectigo order …)" or, S/MIME, "Action needed: confirm … (Sectigo order …)".
         */
        PLACED("\\(Sectigo order [^)]+\\)$"),
        /** "Your certificate for … is ready". */
        ISSUED("^Your certificate for .+ is ready$"),
        /** "Your replacement certificate for … is ready, Sectigo order …". */
        REPLACEMENT_ISSUED("^Your replacement certificate for .+ is ready, Sectigo order .+$"),
        /** order.failed (the gateway could not place it): "Your certificate order for … could not be completed". */
        FAILED("^Your certificate order for .+ could not be completed$"),
        /** OV callback: "Action needed: complete the callback for …, Sectigo order …". */
        CALLBACK_NEEDED("^Action needed: complete the callback for .+, Sectigo order .+$"),
        /** EV click-through: "Action needed: accept the certificate agreement for …, Sectigo order …". */
        CLICK_THROUGH_NEEDED("^Action needed: accept the certificate agreement for .+, Sectigo order .+$"),
        /** "Sectigo is reviewing the brand for …, Sectigo order …". */
        BRAND_VALIDATION("^Sectigo is reviewing the brand for .+, Sectigo order .+$"),
        /** Push 3/5: "No certificate will be issued for …, Sectigo order …". */
        ISSUANCE_FAILED("^No certificate will be issued for .+, Sectigo order .+$"),
        /** Push 7: "Sectigo rejected the certificate order for …, Sectigo order …". */
        REJECTED("^Sectigo rejected the certificate order for .+, Sectigo order .+$"),
        /** "Your certificate for … was revoked, Sectigo order …". */
        REVOKED("^Your certificate for .+ was revoked, Sectigo order .+$"),
        /** "Your certificate for … was not revoked and is still valid[, Sectigo order …]". */
        REVOCATION_FAILED("^Your certificate for .+ was not revoked and is still valid(, Sectigo order .+)?$"),
        /** "Reminder: your certificate for … expires in … days[, Sectigo order …]" (or "has expired"). */
        EXPIRING("^Reminder: your certificate for .+ (expires in .+|has expired)(, Sectigo order .+)?$");

        private final Pattern subject;

        MailKind(String subject) {
            this.subject = Pattern.compile(subject);
        }

        public boolean matches(ReceivedMail mail) {
            return matches(mail.subject());
        }

        public boolean matches(String subject) {
            return subject != null && this.subject.matcher(subject).find();
        }
    }
}
