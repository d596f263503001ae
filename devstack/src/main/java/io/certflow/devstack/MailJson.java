package io.certflow.devstack;

import io.certflow.testkit.MailAttachment;
import io.certflow.testkit.ReceivedMail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** One caught message as {@code GET /messages} shows it. */
record MailJson(List<String> to, String from, String subject, String text, List<Attachment> attachments) {

    static MailJson of(ReceivedMail mail) {
        return new MailJson(mail.to(), mail.from(), mail.subject(), mail.text(),
                mail.attachments().stream().map(Attachment::of).toList());
    }

    /**
     * An attachment: {@code text} when its bytes are UTF-8 (a PEM file reads as it is), otherwise
     * {@code base64}.
     */
    record Attachment(String filename, String contentType, int size, String text, String base64) {

        static Attachment of(MailAttachment attachment) {
            byte[] content = attachment.content();
            String text = utf8(content);
            return new Attachment(attachment.filename(), attachment.contentType(), content.length, text,
                    text == null ? Base64.getEncoder().encodeToString(content) : null);
        }

        private static String utf8(byte[] content) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
