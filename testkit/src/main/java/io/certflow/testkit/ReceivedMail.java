package io.certflow.testkit;

import java.util.List;

/** One received mail; {@code text} is the plain-text body ("" when the mail has none). */
public record ReceivedMail(
        List<String> to, String from, String subject, String text, List<MailAttachment> attachments) {

    public ReceivedMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }
}
