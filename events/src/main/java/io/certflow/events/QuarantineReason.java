package io.certflow.events;

/** Why cert-store refused to trust a certificate it received. */
public enum QuarantineReason {
    /** The certificate or its chain is not valid PEM/X.509. */
    UNPARSEABLE,
    /** Its public key is not the key of the order's CSR. */
    KEY_MISMATCH,
    /** Its names do not cover the ordered names. */
    NAMES_NOT_COVERED,
    /** Its chain does not build to a configured trust anchor. */
    CHAIN_UNTRUSTED,
    /** It is expired or not yet valid. */
    NOT_CURRENTLY_VALID,
    /** No order is known for its Sectigo order number. */
    UNKNOWN_ORDER
}
