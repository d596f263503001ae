package io.certflow.certstore.verification;

import io.certflow.events.QuarantineReason;

/**
 * The one way verification says no: the first check that failed and, for an operator, what exactly
 * failed. Bouncy Castle's and the JDK's checked exceptions end here, so callers handle one type.
 */
public class CertificateRejectedException extends Exception {

    private final QuarantineReason reason;
    private final String detail;

    public CertificateRejectedException(QuarantineReason reason, String detail) {
        this(reason, detail, null);
    }

    public CertificateRejectedException(QuarantineReason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public QuarantineReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
