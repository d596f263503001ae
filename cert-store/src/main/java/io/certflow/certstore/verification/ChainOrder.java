package io.certflow.certstore.verification;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts delivered CA certificates in chain order, leaf's issuer first, by following issuer links:
 * Sectigo and the push do not promise an order. A link needs the issuer's name AND its key to
 * verify the signature, because cross-signed CAs share a name. Certificates that are not on the
 * leaf's path (duplicates, strays) are left out.
 */
public final class ChainOrder {

    private ChainOrder() {
    }

    public static List<X509Certificate> of(X509Certificate leaf, List<X509Certificate> candidates) {
        List<X509Certificate> remaining = distinct(candidates);
        List<X509Certificate> chain = new ArrayList<>();
        X509Certificate current = leaf;
        while (!isSelfSigned(current)) {
            X509Certificate issuer = issuerOf(current, remaining);
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            remaining.remove(issuer);
            current = issuer;
        }
        return chain;
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && Signatures.signedBy(certificate, certificate.getPublicKey());
    }

    private static X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && Signatures.signedBy(certificate, candidate.getPublicKey())) {
                return candidate;
            }
        }
        return null;
    }

    private static List<X509Certificate> distinct(List<X509Certificate> certificates) {
        List<X509Certificate> unique = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            if (unique.stream().noneMatch(u -> Arrays.equals(Pem.der(u), Pem.der(certificate)))) {
                unique.add(certificate);
            }
        }
        return unique;
    }
}
