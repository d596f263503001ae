package io.certflow.certstore.download;

import io.certflow.certstore.verification.CertificateRejectedException;
import io.certflow.certstore.verification.Pem;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.CollectionStore;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary download formats, with Bouncy Castle's CMS kept behind this class; PEM is read by
 * cert-store's one PEM reader ({@link Pem}). Input is what the store holds, certificates that
 * verified when they were stored, so a failure here is a bug or a damaged row, not a user error.
 */
final class DownloadFormats {

    private DownloadFormats() {
    }

    /** The certificate's DER encoding ({@code application/pkix-cert}, RFC 2585). */
    static byte[] der(String certificatePem) {
        try {
            return certificate(certificatePem).getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a stored certificate cannot be encoded", e);
        }
    }

    /**
     * A certs-only PKCS#7 / CMS SignedData (no content, no signers), the {@code .p7b} Windows and Java
     * import, with the certificates in the order given. Encoded with definite lengths, as
     * {@code openssl crl2pkcs7 -outform DER} writes it: strict DER would sort the certificate SET
     * by encoding and lose the leaf → root order.
     */
    static byte[] pkcs7CertsOnly(List<String> certificatePems) {
        List<X509CertificateHolder> holders = new ArrayList<>();
        try {
            for (String pem : certificatePems) {
                holders.add(new JcaX509CertificateHolder(certificate(pem)));
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new CollectionStore<>(holders));
            return generator.generate(new CMSAbsentContent()).getEncoded(ASN1Encoding.DL);
        } catch (CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("cannot encode stored certificates as PKCS#7", e);
        }
    }

    private static X509Certificate certificate(String pem) {
        try {
            return Pem.certificates(pem, "a stored PEM").get(0);
        } catch (CertificateRejectedException e) {
            throw new IllegalStateException(e.detail(), e);
        }
    }
}
