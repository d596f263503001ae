package io.certflow.certstore.verification;

import io.certflow.events.QuarantineReason;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The names a certificate speaks for: its SAN dNSNames and rfc822Names (in the certificate's order),
 * and its subject CN.
 */
final class CertificateNames {

    private static final int RFC822_NAME = 1;
    private static final int DNS_NAME = 2;

    private CertificateNames() {
    }

    static List<String> subjectAlternativeNames(X509Certificate certificate) throws CertificateRejectedException {
        return names(certificate, DNS_NAME, RFC822_NAME);
    }

    static List<String> dnsNames(X509Certificate certificate) throws CertificateRejectedException {
        return names(certificate, DNS_NAME);
    }

    static List<String> emailAddresses(X509Certificate certificate) throws CertificateRejectedException {
        return names(certificate, RFC822_NAME);
    }

    private static List<String> names(X509Certificate certificate, Integer... tags) throws CertificateRejectedException {
        List<Integer> wanted = List.of(tags);
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    Object type = entry.get(0);
                    if (type instanceof Integer tag && wanted.contains(tag)) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            throw new CertificateRejectedException(QuarantineReason.UNPARSEABLE,
                    "the subject alternative names cannot be read: " + e.getMessage(), e);
        }
        return names;
    }

    static List<String> commonNames(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        List<String> names = new ArrayList<>();
        for (RDN rdn : subject.getRDNs(BCStyle.CN)) {
            if (rdn.getFirst() != null) {
                names.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
            }
        }
        return names;
    }
}
