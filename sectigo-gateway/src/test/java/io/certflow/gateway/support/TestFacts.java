package io.certflow.gateway.support;

import io.certflow.events.RequestFacts;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The facts order-intake would publish for a test's CSR, as far as the gateway reads them (the DER's
 * hashes and the CN); the key's algorithm and size are placeholders the gateway never looks at.
 */
final class TestFacts {

    private TestFacts() {
    }

    static RequestFacts of(String csrPem) {
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            PKCS10CertificationRequest csr = (PKCS10CertificationRequest) parser.readObject();
            byte[] der = csr.getEncoded();
            RDN[] cns = csr.getSubject().getRDNs(BCStyle.CN);
            String cn = cns.length == 0 ? null : IETFUtils.valueToString(cns[0].getFirst().getValue());
            return new RequestFacts(cn, List.of(), hex("SHA-256", csr.getSubjectPublicKeyInfo().getEncoded()),
                    hex("MD5", der), hex("SHA-256", der), "EC", 256,
                    cn == null ? List.of() : List.of(cn.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
