package io.certflow.e2e.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** PEM parsing and PKIX path validation with the JDK, independent of the code under test. */
public final class Certificates {

    private static final int RFC822_NAME = 1;
    private static final int DNS_NAME = 2;

    private Certificates() {
    }

    public static List<X509Certificate> parse(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .forEach(certificate -> certificates.add((X509Certificate) certificate));
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not PEM certificates: " + pem, e);
        }
    }

    public static X509Certificate single(String pem) {
        List<X509Certificate> certificates = parse(pem);
        if (certificates.size() != 1) {
            throw new IllegalStateException("expected one certificate, got " + certificates.size());
        }
        return certificates.get(0);
    }

    /**
     * Validates leaf + intermediates up to {@code root} (revocation off: the sandbox publishes no
     * CRL). The root itself may be part of {@code chain}; PKIX ignores it there.
     */
    public static void verifyChain(X509Certificate leaf, List<X509Certificate> chain, X509Certificate root)
            throws GeneralSecurityException {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        chain.stream().filter(certificate -> !certificate.equals(root)).forEach(path::add);
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
    }

    /** The SAN dNSNames. */
    public static List<String> dnsNames(X509Certificate certificate) {
        return alternativeNames(certificate, DNS_NAME);
    }

    /** The SAN rfc822Names (mailboxes). */
    public static List<String> emailAddresses(X509Certificate certificate) {
        return alternativeNames(certificate, RFC822_NAME);
    }

    private static List<String> alternativeNames(X509Certificate certificate, int type) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names.stream().filter(name -> Integer.valueOf(type).equals(name.get(0)))
                    .map(name -> String.valueOf(name.get(1))).toList();
        } catch (CertificateParsingException e) {
            throw new IllegalStateException("unreadable subject alternative names", e);
        }
    }

    /** Line endings differ between HTTP and SMTP (CRLF); compare PEM text without them. */
    public static String normalized(String pem) {
        return pem.replace("\r\n", "\n").strip();
    }
}
