package io.certflow.gateway.sectigo;

/**
 * The order cannot be put into Sectigo's parameters (e.g. a domain validated by e-mail without an
 * approver): nothing is sent, the order fails naming the field.
 */
class InvalidOrderException extends RuntimeException {

    private final String field;

    public InvalidOrderException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    SectigoError toError() {
        return new SectigoError(ErrorKind.PERMANENT, io.certflow.events.FailureReason.INVALID_REQUEST, getMessage(),
                field, null);
    }
}
