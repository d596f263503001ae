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
     * ({@code notifier/src/main/resources/templates/en}).
     */
    public enum MailKind {
        /** "Your certificate order for … was placed (Sectigo order …)" or "Action needed: validate … (…)". */
        PLACED(Pattern.compile("\\(Sectigo order [^)]+\\)$")),
        /** "Your certificate for … is ready". */
        ISSUED(Pattern.compile("^Your certificate for .+ is ready$")),
        /** "Your certificate order for … could not be completed". */
        FAILED(Pattern.compile("could not be completed$"));

        private final Pattern subject;

        MailKind(Pattern subject) {
            this.subject = subject;
        }

        boolean matches(ReceivedMail mail) {
            return mail.subject() != null && subject.matcher(mail.subject()).find();
        }
    }
}
