package io.certflow.sandbox.order;

/**
 * An order's state. {@code certificateState} is what showCertificateState, CollectSSL and
 * WebHostReport print; pushes use {@link PushStatus}.
 */
public enum OrderStatus {
    AWAITING_AUTHORIZATION("Awaiting Authorization"),
    AWAITING_VALIDATION("Awaiting Validation"),
    ISSUED("Valid"),
    REVOKED("Revoked"),
    REPLACED("Replaced"),
    REJECTED("Rejected"),
    FAILED("Failed");

    private final String certificateState;

    OrderStatus(String certificateState) {
        this.certificateState = certificateState;
    }

    public String certificateState() {
        return certificateState;
    }

    public boolean hasCertificate() {
        return this == ISSUED || this == REVOKED || this == REPLACED;
    }
}
