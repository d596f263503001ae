package io.certflow.testkit.smtp;

import io.certflow.testkit.MailAttachment;
import io.certflow.testkit.ReceivedMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Flattens a MIME message into what tests assert on: addresses, subject, plain text, attachments. */
final class MailReader {

    private MailReader() {
    }

    static ReceivedMail read(MimeMessage message) {
        try {
            List<String> texts = new ArrayList<>();
            List<MailAttachment> attachments = new ArrayList<>();
            walk(message, texts, attachments);
            return new ReceivedMail(addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    Optional.ofNullable(message.getSubject()).orElse(""),
                    String.join("", texts), attachments);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a received mail", e);
        }
    }

    private static void walk(Part part, List<String> texts, List<MailAttachment> attachments)
            throws MessagingException, IOException {
        if (isAttachment(part)) {
            attachments.add(new MailAttachment(Optional.ofNullable(part.getFileName()).orElse(""),
                    baseType(part), bytes(part)));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, texts, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            texts.add(part.getContent().toString());
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("multipart/*"));
    }

    private static String baseType(Part part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase();
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet
                        ? internet.getAddress()
                        : address.toString())
                .toList();
    }
}
