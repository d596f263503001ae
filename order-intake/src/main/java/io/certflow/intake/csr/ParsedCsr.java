package io.certflow.intake.csr;

import java.util.List;

/**
 * What intake needs from a CSR that parsed and verified.
 *
 * @param commonName           the subject's CN; {@code null} only from {@link CsrParser#parseWithoutCommonName}
 * @param dnsNames             the dNSName entries of its subjectAltName extension request, in order
 * @param keyAlgorithm         {@code RSA} or {@code EC}
 * @param keySize              RSA modulus bits, or the EC field size (256, 384, 521)
 * @param subjectPublicKeyInfo DER of the public key, which a later certificate must carry unchanged
 */
public record ParsedCsr(String commonName, List<String> dnsNames, String keyAlgorithm, int keySize,
                        byte[] subjectPublicKeyInfo) {

    public ParsedCsr {
        dnsNames = List.copyOf(dnsNames);
        subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
    }

    @Override
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    public boolean hasWildcardCommonName() {
        return commonName != null && commonName.startsWith("*.");
    }
}
