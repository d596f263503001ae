package io.certflow.notifier.mail;

/** Where a queued email stands. There is no failed end state: an email is retried until it is sent. */
public enum MailStatus {
    QUEUED,
    SENT
}
