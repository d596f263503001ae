package io.certflow.certstore.verification;

import io.certflow.events.CertificateType;

import java.util.List;

/**
 * What the order lets a certificate be, from {@code order.requested}'s facts.
 *
 * @param publicKeySha256      SHA-256 (hex) of the CSR's DER SubjectPublicKeyInfo
 * @param orderedNames         SSL: every host name ordered; S/MIME: every mailbox address ordered
 * @param type                 which kind of names the certificate must carry: SSL host names in SAN
 *                             dNSNames or the subject CN, S/MIME addresses in SAN rfc822Names
 */
public record OrderExpectation(String publicKeySha256, List<String> orderedNames, CertificateType type) {

    public OrderExpectation {
        orderedNames = List.copyOf(orderedNames);
    }

    /** An SSL order. */
    public OrderExpectation(String publicKeySha256, List<String> orderedNames) {
        this(publicKeySha256, orderedNames, CertificateType.SSL);
    }
}
