package io.certflow.certstore.verification;

import io.certflow.events.QuarantineReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;

import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * cert-store's one PEM reader (Bouncy Castle's {@code PEMParser}) and its PEM writer: verification,
 * the trust anchors and the downloads read PEM only here. Certificates are converted to the JDK's
 * own X.509 objects so that the JDK's PKIX validator sees the types it expects.
 */
public final class Pem {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[]{'\n'});
    private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

    private Pem() {
    }

    /** Every certificate in the text, in order; anything else (a key, garbage, nothing) is refused. */
    public static List<X509Certificate> certificates(String pem, String what) throws CertificateRejectedException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (!(object instanceof X509CertificateHolder holder)) {
                    throw unparseable(what + " contains a " + object.getClass().getSimpleName()
                            + ", not a certificate", null);
                }
                certificates.add(CONVERTER.getCertificate(holder));
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            throw unparseable(what + " is not valid PEM/X.509: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw unparseable(what + " holds no certificate", null);
        }
        return certificates;
    }

    public static String encode(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n" + BASE64.encodeToString(der(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }

    /** SHA-256 of the DER encoding, lower-case hex. */
    public static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate is always encodable", e);
        }
    }

    private static CertificateRejectedException unparseable(String detail, Throwable cause) {
        return new CertificateRejectedException(QuarantineReason.UNPARSEABLE, detail, cause);
    }
}
