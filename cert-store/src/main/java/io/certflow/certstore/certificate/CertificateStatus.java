package io.certflow.certstore.certificate;

import java.util.Set;

/** Where a stored certificate stands. Revocation and replacement arrive with their features. */
public enum CertificateStatus {
    VALID,
    REVOKED,
    REPLACED;

    boolean canMoveTo(CertificateStatus next) {
        return this == VALID && Set.of(REVOKED, REPLACED).contains(next);
    }
}
