package io.certflow.gateway.dcv;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The CSR facts that CSR-hash DCV needs: MD5 and SHA-256 of its DER encoding (upper-case hex, as in
 * Sectigo's "Domain Control Validation" document) and its Common Name.
 */
public record CsrHashes(String md5, String sha256, Optional<String> commonName) {

    public static CsrHashes of(String csrPem) {
        byte[] der = der(csrPem);
        return new CsrHashes(hex("MD5", der), hex("SHA-256", der), commonName(der));
    }

    static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END)[^-]*-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String hex(String algorithm, byte[] der) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static Optional<String> commonName(byte[] der) {
        try {
            RDN[] cns = new PKCS10CertificationRequest(der).getSubject().getRDNs(BCStyle.CN);
            return cns.length == 0 ? Optional.empty()
                    : Optional.of(IETFUtils.valueToString(cns[0].getFirst().getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException("the CSR is not a PKCS#10 request", e);
        }
    }
}
