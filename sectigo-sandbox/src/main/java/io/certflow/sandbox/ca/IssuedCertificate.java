package io.certflow.sandbox.ca;

import java.security.cert.X509Certificate;
import java.util.List;

/** A signed leaf with the chain that was used for it. */
public record IssuedCertificate(X509Certificate certificate, List<X509Certificate> chain) {

    public String pem() {
        return CertificateAuthority.pem(certificate);
    }

    /** The CA certificates as concatenated PEM (intermediate, then root). */
    public String chainPem() {
        StringBuilder out = new StringBuilder();
        chain.forEach(ca -> out.append(CertificateAuthority.pem(ca)));
        return out.toString();
    }

    public String serialHex() {
        return certificate.getSerialNumber().toString(16).toUpperCase();
    }
}
