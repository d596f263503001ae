package io.certflow.gateway.sectigo;

/** Sectigo answered something that is neither documented format; the message never quotes the body. */
class UnreadableAnswerException extends RuntimeException {

    public UnreadableAnswerException(String message) {
        super("unreadable Sectigo answer: " + message);
    }
}
