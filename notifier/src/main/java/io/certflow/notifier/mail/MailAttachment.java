package io.certflow.notifier.mail;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Objects;

/**
 * A file attached to an email. Content is text (PEM): certflow attaches only certificates.
 *
 * @param filename    the name the customer sees, e.g. {@code shop.example.com.crt}
 * @param contentType the MIME type, e.g. {@code application/pkix-cert}
 * @param content     the file's text
 */
@Serdeable
public record MailAttachment(String filename, String contentType, String content) {

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
