package io.certflow.sandbox.product;

/** How much Sectigo checks before it issues. */
public enum Validation {
    DV, OV, EV, MAILBOX, ORGANIZATION, NONE;

    public boolean organizational() {
        return this == OV || this == EV;
    }
}
