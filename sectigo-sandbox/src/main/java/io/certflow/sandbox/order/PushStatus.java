package io.certflow.sandbox.order;

/** The status triples of section 6 of the v2.0 text (status, statusCode, statusDesc). */
public enum PushStatus {
    ISSUED_VALID("issued", 6, "Valid"),
    ISSUED_NOT_COLLECTED("issued", 9, "Issued but not yet collected"),
    REVOKED("revoked", 8, "Revoked"),
    REPLACED("replaced", 14, "Replaced"),
    AWAITING_BRAND_VALIDATION("awaitingbrandvalidation", 12, "Awaiting Validation (Brand)"),
    POST_SIGN_FAILED("failed", 5, "POST-SIGN FAILED"),
    PRE_SIGN_FAILED("failed", 3, "PRE-SIGN FAILED: "),
    REJECTED("rejected", 7, "Rejected: "),
    VERIFIED("verified", 12, "Phone number verified"),
    CLICK_THROUGH("click-through", 12, "EV click-through e-mail sent");

    private final String status;
    private final int code;
    private final String description;

    PushStatus(String status, int code, String description) {
        this.status = status;
        this.code = code;
        this.description = description;
    }

    public String status() {
        return status;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }
}
