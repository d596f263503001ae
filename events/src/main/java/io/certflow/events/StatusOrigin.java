package io.certflow.events;

/** How certflow learnt a certificate's state from Sectigo. */
public enum StatusOrigin {
    /** Sectigo called the webhook receiver. */
    PUSH,
    /** The gateway asked Sectigo (CollectSSL), e.g. because a push never came. */
    COLLECTION
}
