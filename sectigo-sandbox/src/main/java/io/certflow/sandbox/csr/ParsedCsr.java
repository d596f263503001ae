package io.certflow.sandbox.csr;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import java.util.List;
import java.util.Optional;

/**
 * A CSR that passed every structural check. {@code fingerprint} is the SHA-256 of the DER request
 * (request-token uniqueness); {@code keyFingerprint} the SHA-256 of the public key (compromised keys).
 */
public record ParsedCsr(String pem, X500Name subject, SubjectPublicKeyInfo publicKey, boolean rsa,
                        List<String> dnsNames, List<String> ipAddresses, String fingerprint,
                        String keyFingerprint) {

    public Optional<String> commonName() {
        return Subjects.first(subject, org.bouncycastle.asn1.x500.style.BCStyle.CN);
    }

    public Optional<String> attribute(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return Subjects.first(subject, oid);
    }
}
