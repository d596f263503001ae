package io.certflow.sandbox.protocol;

/** Carries a {@link SectigoError} out of deep validation code to the endpoint that renders it. */
public final class SectigoException extends RuntimeException {

    private final transient SectigoError error;

    public SectigoException(SectigoError error) {
        super(error.code() + " " + error.message(), null, false, false);
        this.error = error;
    }

    public SectigoError error() {
        return error;
    }
}
