package io.certflow.events;

/** What kind of certificate an order is for; certflow's own notion, not a Sectigo parameter. */
public enum CertificateType {
    /** A TLS/SSL server certificate ({@code !AutoApplyOrder}). */
    SSL,
    /** An S/MIME (email) certificate ({@code !PlaceOrder}). */
    SMIME
}
