package io.certflow.certstore.verification;

import java.util.List;

/**
 * What the order lets a certificate be.
 *
 * @param subjectPublicKeyInfo DER of the CSR's SubjectPublicKeyInfo
 * @param orderedNames         every name ordered (CN, primary domain and additional names)
 */
public record OrderExpectation(byte[] subjectPublicKeyInfo, List<String> orderedNames) {

    public OrderExpectation {
        subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
        orderedNames = List.copyOf(orderedNames);
    }

    @Override
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }
}
