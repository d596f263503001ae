package io.certflow.sandbox.product;

/** Which names a certificate product may carry. */
public enum Scope {
    SINGLE, WILDCARD, MULTI_DOMAIN, UCC, EMAIL, NOT_A_CERTIFICATE;

    public boolean multiDomain() {
        return this == MULTI_DOMAIN || this == UCC;
    }
}
