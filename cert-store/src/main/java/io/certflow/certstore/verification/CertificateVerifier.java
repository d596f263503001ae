package io.certflow.certstore.verification;

import io.certflow.events.CertificateType;
import io.certflow.events.QuarantineReason;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.x509.Certificate;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a delivered certificate may be trusted. Sectigo signs nothing, so every check is
 * ours, in this order (the first failure is the reason): it parses; it is valid now; its key is the
 * CSR's; its names cover the ordered names (SSL: SAN dNSNames and subject CN; S/MIME: SAN
 * rfc822Names); its chain, ordered by issuer links, validates (PKIX, revocation off) to a
 * configured trust anchor. Stateless and thread-safe.
 */
@Singleton
public class CertificateVerifier {

    private final TrustAnchors anchors;
    private final Clock clock;

    public CertificateVerifier(TrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    public VerifiedCertificate verify(String certificatePem, List<String> chainPems, OrderExpectation order)
            throws CertificateRejectedException {
        List<X509Certificate> leafPem = Pem.certificates(certificatePem, "the certificate");
        X509Certificate leaf = leafPem.get(0);
        List<X509Certificate> delivered = new ArrayList<>(leafPem.subList(1, leafPem.size()));
        for (int i = 0; i < chainPems.size(); i++) {
            delivered.addAll(Pem.certificates(chainPems.get(i), "chain certificate " + (i + 1)));
        }
        Instant now = clock.instant();
        checkCurrentlyValid(leaf, now);
        checkKey(leaf, order.publicKeySha256());
        List<String> sans = CertificateNames.subjectAlternativeNames(leaf);
        checkNames(leaf, order);
        List<X509Certificate> chain = ChainOrder.of(leaf, delivered);
        checkChain(leaf, chain, now);
        return new VerifiedCertificate(leaf.getSerialNumber().toString(16),
                leaf.getSubjectX500Principal().getName(X500Principal.RFC2253),
                leaf.getIssuerX500Principal().getName(X500Principal.RFC2253), sans,
                leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), Pem.sha256(Pem.der(leaf)),
                Pem.encode(leaf), chain.stream().map(Pem::encode).toList());
    }

    private static void checkCurrentlyValid(X509Certificate leaf, Instant now) throws CertificateRejectedException {
        try {
            leaf.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new CertificateRejectedException(QuarantineReason.NOT_CURRENTLY_VALID, "valid from "
                    + leaf.getNotBefore().toInstant() + " to " + leaf.getNotAfter().toInstant() + ", now is " + now, e);
        }
    }

    private static void checkKey(X509Certificate leaf, String csrKeySha256) throws CertificateRejectedException {
        String certificateKeySha256 = Pem.sha256(subjectPublicKeyInfo(leaf));
        if (!certificateKeySha256.equalsIgnoreCase(csrKeySha256)) {
            throw new CertificateRejectedException(QuarantineReason.KEY_MISMATCH, "certificate key SHA-256 "
                    + certificateKeySha256 + " differs from the CSR key SHA-256 " + csrKeySha256);
        }
    }

    /** The key exactly as the certificate encodes it; the JDK's key objects may re-encode. */
    private static byte[] subjectPublicKeyInfo(X509Certificate leaf) throws CertificateRejectedException {
        try {
            return Certificate.getInstance(Pem.der(leaf)).getSubjectPublicKeyInfo().getEncoded();
        } catch (IOException | RuntimeException e) {
            throw new CertificateRejectedException(QuarantineReason.UNPARSEABLE, "its key cannot be read", e);
        }
    }

    private static void checkNames(X509Certificate leaf, OrderExpectation order) throws CertificateRejectedException {
        if (order.orderedNames().isEmpty()) {
            throw new CertificateRejectedException(QuarantineReason.NAMES_NOT_COVERED,
                    "the order names nothing to check the certificate against (no " + order.type() + " names)");
        }
        Set<String> names;
        List<String> missing;
        if (order.type() == CertificateType.SMIME) {
            names = new LinkedHashSet<>(CertificateNames.emailAddresses(leaf));
            missing = NameCoverage.uncoveredMailboxes(order.orderedNames(), names);
        } else {
            names = new LinkedHashSet<>(CertificateNames.dnsNames(leaf));
            names.addAll(CertificateNames.commonNames(leaf));
            missing = NameCoverage.uncovered(order.orderedNames(), names);
        }
        if (!missing.isEmpty()) {
            throw new CertificateRejectedException(QuarantineReason.NAMES_NOT_COVERED,
                    "ordered " + missing + " not covered by the certificate's names " + names);
        }
    }

    private void checkChain(X509Certificate leaf, List<X509Certificate> chain, Instant now)
            throws CertificateRejectedException {
        List<X509Certificate> path = new ArrayList<>(List.of(leaf));
        for (X509Certificate certificate : chain) {
            if (anchors.isAnchor(certificate)) {
                break;
            }
            path.add(certificate);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors.asPkix());
            parameters.setRevocationEnabled(false);
            parameters.setSigProvider(Signatures.PROVIDER);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException e) {
            throw new CertificateRejectedException(QuarantineReason.CHAIN_UNTRUSTED, "the chain from "
                    + leaf.getIssuerX500Principal().getName(X500Principal.RFC2253)
                    + " does not build to a trust anchor: " + e.getMessage(), e);
        }
    }
}
