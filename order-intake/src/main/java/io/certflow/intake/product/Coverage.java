package io.certflow.intake.product;

/** Which names a product can carry; it decides the wildcard and multi-domain rules. */
public enum Coverage {
    /** One name, no wildcard (Sectigo -5 otherwise). */
    SINGLE,
    /** One name that MUST be a wildcard (Sectigo -6 otherwise). */
    WILDCARD,
    /** Several names from {@code domainNames}, listed as Common Names unless limited. */
    MULTI_DOMAIN,
    /** Unified Communications: several names, always one Common Name. */
    UCC,
    /** S/MIME: mailbox addresses instead of domain names. */
    MAILBOX
}
