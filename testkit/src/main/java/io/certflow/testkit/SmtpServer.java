package io.certflow.testkit;

import java.util.List;

/** An SMTP server that keeps every mail it receives, for tests to read back. */
public interface SmtpServer {

    String host();

    int port();

    /** The mails received since start or the last {@link #reset()}, oldest first. */
    List<ReceivedMail> received();

    void reset();
}
