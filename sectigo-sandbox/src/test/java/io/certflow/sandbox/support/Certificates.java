package io.certflow.sandbox.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Parsing PEM and checking that a chain builds to the sandbox root (PKIX, no revocation). */
public final class Certificates {

    private Certificates() {
    }

    public static List<X509Certificate> parse(String pem) {
        try {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> certificates = new ArrayList<>();
            all.forEach(c -> certificates.add((X509Certificate) c));
            return certificates;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate one(String pem) {
        return parse(pem).get(0);
    }

    /** Throws when leaf → intermediates does not validate up to root. */
    public static void verifyChain(X509Certificate leaf, List<X509Certificate> chain, X509Certificate root)
            throws Exception {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        chain.stream().filter(c -> !c.equals(root)).forEach(path::add);
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
    }

    public static List<String> subjectAlternativeNames(X509Certificate certificate) throws Exception {
        List<String> names = new ArrayList<>();
        if (certificate.getSubjectAlternativeNames() != null) {
            certificate.getSubjectAlternativeNames().forEach(entry -> names.add(String.valueOf(entry.get(1))));
        }
        return names;
    }
}
