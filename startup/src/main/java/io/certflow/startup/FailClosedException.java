package io.certflow.startup;

/** Stops the application context: its message is the one line that names the settings at fault. */
public final class FailClosedException extends RuntimeException {

    public FailClosedException(String message) {
        super(message, null, false, false);
    }
}
