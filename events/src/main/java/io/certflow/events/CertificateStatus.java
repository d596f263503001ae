package io.certflow.events;

/**
 * A certificate's state at Sectigo, in certflow's words. Every status of Sectigo's push (section 6 of
 * the {@code !AutoApplyOrder} v2.0 reference) maps to exactly one value; the raw code travels only
 * as a diagnostic string.
 */
public enum CertificateStatus {
    /** Placed and being validated (DCV or organization checks pending); from collection. */
    VALIDATING,
    /** Push {@code verified} ("Phone number verified"): the OV callback can be completed with the verification code. */
    AWAITING_VERIFICATION,
    /** Push {@code click-through} ("EV click-through e-mail sent"): the customer must accept the EV agreement. */
    AWAITING_CLICK_THROUGH,
    /** Push {@code awaitingbrandvalidation} (12): Sectigo checks the brand before issuing. */
    AWAITING_BRAND_VALIDATION,
    /** Push {@code issued} (6 "Valid" or 9 "Issued but not yet collected"). */
    ISSUED,
    /** Push {@code revoked} (8). */
    REVOKED,
    /** Push {@code replaced} (14): a replacement was issued for this order. */
    REPLACED,
    /** Push {@code failed} (3 "PRE-SIGN FAILED: reason", e.g. CAA, or 5 "POST-SIGN FAILED"). */
    FAILED,
    /** Push {@code rejected} (7 "Rejected: reason"). */
    REJECTED
}
