package io.certflow.events;

/**
 * Why an order could not be placed, classified by the gateway from Sectigo's error codes. Only
 * permanent outcomes: transient errors are retried and become {@link #RETRIES_EXHAUSTED} only when
 * the gateway gives up.
 */
public enum FailureReason {
    /** A parameter Sectigo refused (missing, too long, not allowed for the product). */
    INVALID_REQUEST,
    /** The CSR is malformed, uses a weak key or algorithm, or its subject is not allowed. */
    CSR_REJECTED,
    /** The reseller account has not enough credit. */
    INSUFFICIENT_CREDIT,
    /** The account may not order this product or use this API. */
    NOT_AUTHORIZED,
    /** Sectigo already has an order with this {@code foreignOrderNumber}. */
    DUPLICATE_ORDER,
    /** The CSR's key is known to be compromised or weak (e.g. Debian weak key). */
    KEY_COMPROMISED,
    /** A domain may not be issued for (blocked, CAA, high-risk). */
    DOMAIN_REJECTED,
    /** Validation of the order failed. */
    VALIDATION_FAILED,
    /** Sectigo rejected the order for a reason of its own. */
    REJECTED_BY_CA,
    /** Transient failures went on until the gateway's retry budget was spent. */
    RETRIES_EXHAUSTED,
    /** An error code the gateway does not classify; see {@code providerCode} and {@code message}. */
    UNKNOWN
}
