package io.certflow.intake.csr;

import io.certflow.events.RequestFacts;

import java.util.List;

/**
 * What intake learns from a CSR that parsed and verified; digests are lower-case hex.
 *
 * @param commonName              the subject's CN; {@code null} only from {@link CsrParser#parseWithoutCommonName}
 * @param subjectAlternativeNames the dNSName and rfc822Name entries of its subjectAltName request, in order
 * @param keyAlgorithm            {@code RSA} or {@code EC}
 * @param keySize                 RSA modulus bits, or the EC field size (256, 384, 521)
 * @param publicKeySha256         SHA-256 of the DER public key, which a later certificate must carry unchanged
 * @param csrMd5                  MD5 of the CSR's DER, for Sectigo's CSR-hash DCV
 * @param csrSha256               SHA-256 of the CSR's DER, for Sectigo's CSR-hash DCV
 */
public record ParsedCsr(String commonName, List<String> subjectAlternativeNames, String keyAlgorithm, int keySize,
                        String publicKeySha256, String csrMd5, String csrSha256) {

    public ParsedCsr {
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    }

    public boolean hasWildcardCommonName() {
        return commonName != null && commonName.startsWith("*.");
    }

    /** The facts {@code order.requested} carries, with the order's names ordered by the one rule. */
    public RequestFacts facts(List<String> orderedNames) {
        return new RequestFacts(commonName, subjectAlternativeNames, publicKeySha256, csrMd5, csrSha256, keyAlgorithm,
                keySize, orderedNames);
    }
}
