package io.certflow.certstore.certificate;

/**
 * Where a stored certificate stands. Revocation is final; a replaced certificate may still be
 * revoked (an S/MIME replacement with revokeOldOrder, or an explicit revocation after an SSL one).
 */
public enum CertificateStatus {
    VALID,
    REVOKED,
    REPLACED;

    boolean canMoveTo(CertificateStatus next) {
        return switch (this) {
            case VALID -> next == REVOKED || next == REPLACED;
            case REPLACED -> next == REVOKED;
            case REVOKED -> false;
        };
    }
}
