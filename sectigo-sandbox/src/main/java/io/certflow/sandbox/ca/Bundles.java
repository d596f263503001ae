package io.certflow.sandbox.ca;

import io.certflow.sandbox.csr.Pem;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The containers CollectSSL offers: ZIP of .crt files, Netscape certificate sequence, PKCS#7. */
public final class Bundles {

    private static final ASN1ObjectIdentifier NETSCAPE_CERT_SEQUENCE = new ASN1ObjectIdentifier("2.16.840.1.113730.2.5");

    private Bundles() {
    }

    public static byte[] zip(List<X509Certificate> certificates, List<String> fileNames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < certificates.size(); i++) {
                zip.putNextEntry(new ZipEntry(fileNames.get(i)));
                zip.write(CertificateAuthority.pem(certificates.get(i)).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] netscapeSequence(List<X509Certificate> certificates) {
        try {
            ASN1EncodableVector vector = new ASN1EncodableVector();
            for (X509Certificate certificate : certificates) {
                vector.add(Certificate.getInstance(certificate.getEncoded()));
            }
            return new ContentInfo(NETSCAPE_CERT_SEQUENCE, new DERSequence(vector)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pkcs7(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSAbsentContent()).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pkcs7Pem(List<X509Certificate> certificates) {
        return Pem.encode("PKCS7", pkcs7(certificates));
    }
}
