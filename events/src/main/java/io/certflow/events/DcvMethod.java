package io.certflow.events;

/** How the customer proves control of the ordered domains; names follow Sectigo's {@code dcvMethod} values. */
public enum DcvMethod {
    /** An approval email to an allowed address ({@code dcvEmailAddress} / {@code dcvEmailAddresses}). */
    EMAIL,
    /** A file with the CSR hashes served over HTTP under {@code /.well-known/pki-validation/}. */
    HTTP_CSR_HASH,
    /** The same file served over HTTPS. */
    HTTPS_CSR_HASH,
    /** A DNS CNAME record derived from the CSR hashes. */
    CNAME_CSR_HASH
}
