package io.certflow.testkit;

import java.util.Arrays;
import java.util.Objects;

/** {@code contentType} is the base type without parameters, e.g. {@code application/pdf}. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && Objects.equals(filename, that.filename)
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[filename=" + filename + ", contentType=" + contentType
                + ", " + content.length + " bytes]";
    }
}
