package io.certflow.notifier.template;

import java.util.Objects;

/**
 * A rendered template: its first line {@code Subject: …}, then a blank line, then the body.
 *
 * @param subject one line, whitespace collapsed
 * @param body    the plain-text body
 */
public record RenderedMail(String subject, String body) {

    private static final String SUBJECT = "Subject:";

    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    static RenderedMail parse(String template, String text) {
        int endOfSubject = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || endOfSubject < 0) {
            throw new IllegalStateException("template " + template + " must start with a '" + SUBJECT + "' line");
        }
        String subject = text.substring(SUBJECT.length(), endOfSubject).replaceAll("\\s+", " ").trim();
        String body = text.substring(endOfSubject + 1).replaceFirst("^\\s*\\n", "");
        return new RenderedMail(subject, body);
    }
}
