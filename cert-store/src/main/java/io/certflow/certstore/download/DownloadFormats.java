package io.certflow.certstore.download;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.CollectionStore;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary download formats, with Bouncy Castle (PEM parsing, CMS) kept behind this class. Input
 * is what the store holds, certificates that verified when they were stored, so a failure here is a
 * bug or a damaged row, not a user error.
 */
final class DownloadFormats {

    private DownloadFormats() {
    }

    /** The certificate's DER encoding ({@code application/pkix-cert}, RFC 2585). */
    static byte[] der(String certificatePem) {
        try {
            return holder(certificatePem).getEncoded();
        } catch (IOException e) {
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
        for (String pem : certificatePems) {
            holders.add(holder(pem));
        }
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new CollectionStore<>(holders));
            return generator.generate(new CMSAbsentContent()).getEncoded(ASN1Encoding.DL);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot encode stored certificates as PKCS#7", e);
        }
    }

    private static X509CertificateHolder holder(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            if (parser.readObject() instanceof X509CertificateHolder holder) {
                return holder;
            }
            throw new IllegalStateException("a stored PEM does not hold a certificate");
        } catch (IOException e) {
            throw new IllegalStateException("a stored PEM cannot be read", e);
        }
    }
}
