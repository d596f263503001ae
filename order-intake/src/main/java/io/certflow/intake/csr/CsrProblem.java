package io.certflow.intake.csr;

/**
 * Why a CSR cannot be ordered. The set mirrors what Sectigo itself refuses, so an order that passes
 * intake is not rejected by the CA for its CSR; each problem carries the words a customer reads.
 */
public enum CsrProblem {
    MISSING("is required"),
    TOO_LONG("is longer than Sectigo's limit of " + CsrParser.MAX_LENGTH + " characters"),
    NOT_BASE64("is not valid Base-64 data"),
    NOT_DECODABLE("cannot be decoded as a PKCS#10 certificate signing request"),
    UNSUPPORTED_ALGORITHM("uses an unsupported key algorithm (RSA or EC are accepted)"),
    UNSUPPORTED_KEY_SIZE("uses an unsupported key: RSA must be 2048 to 8192 bits, EC must be P-256, P-384 or P-521"),
    UNSUPPORTED_EXPONENT("has an RSA public exponent outside what CAs accept (odd, 3 to 2^256 - 1)"),
    BAD_SIGNATURE("has an invalid signature"),
    MISSING_COMMON_NAME("has no Common Name (CN) in its subject");

    private final String reason;

    CsrProblem(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
