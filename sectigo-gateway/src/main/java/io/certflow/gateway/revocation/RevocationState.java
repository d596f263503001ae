package io.certflow.gateway.revocation;

/** Where one requested revocation stands. */
public enum RevocationState {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** A worker holds it until {@code leaseUntil}. */
    IN_FLIGHT,
    /** Sectigo revoked the certificate; {@code certificate.revoked} is in the outbox. */
    REVOKED,
    /**
     * Sectigo refused it, the order is unknown, or retries ran out: {@code lastError} says why and
     * {@code order.revocation-failed} told the others. A new request makes it PENDING again.
     */
    REFUSED;

    boolean canMoveTo(RevocationState next) {
        return switch (this) {
            case PENDING -> next == IN_FLIGHT;
            case IN_FLIGHT -> true;
            case REFUSED -> next == PENDING;
            case REVOKED -> false;
        };
    }
}
