package io.certflow.notifier.mail;

/** How the notifier protects its SMTP connection ({@code SMTP_TLS}). */
public enum SmtpTls {
    /** Clear text: only for a local catcher such as devstack's GreenMail. */
    NONE,
    /** Plain connection upgraded with STARTTLS; a server that does not offer it gets no mail at all. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    IMPLICIT
}
