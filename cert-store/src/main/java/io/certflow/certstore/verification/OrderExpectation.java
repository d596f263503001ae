package io.certflow.certstore.verification;

import io.certflow.events.CertificateType;

import java.util.List;

/**
 * What the order lets a certificate be.
 *
 * @param subjectPublicKeyInfo DER of the CSR's SubjectPublicKeyInfo
 * @param orderedNames         SSL: every host name ordered; S/MIME: every mailbox address ordered
 * @param type                 which kind of names the certificate must carry: SSL host names in SAN
 *                             dNSNames or the subject CN, S/MIME addresses in SAN rfc822Names
 */
public record OrderExpectation(byte[] subjectPublicKeyInfo, List<String> orderedNames, CertificateType type) {

    public OrderExpectation {
        subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
        orderedNames = List.copyOf(orderedNames);
    }

    /** An SSL order. */
    public OrderExpectation(byte[] subjectPublicKeyInfo, List<String> orderedNames) {
        this(subjectPublicKeyInfo, orderedNames, CertificateType.SSL);
    }

    @Override
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }
}
