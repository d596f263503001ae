package io.certflow.certstore.order;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * What verification needs from a CSR: its key exactly as encoded, and its CN. order-intake has
 * validated the CSR already, so a CSR that does not parse here is a poison record, not a user error.
 */
record CsrFacts(byte[] subjectPublicKeyInfo, Optional<String> commonName) {

    static CsrFacts of(String csrPem) {
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            if (!(parser.readObject() instanceof PKCS10CertificationRequest csr)) {
                throw new IllegalArgumentException("order.csr is not a PEM certificate signing request");
            }
            return new CsrFacts(csr.getSubjectPublicKeyInfo().getEncoded(), commonName(csr));
        } catch (IOException e) {
            throw new IllegalArgumentException("order.csr cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static Optional<String> commonName(PKCS10CertificationRequest csr) {
        RDN[] names = csr.getSubject().getRDNs(BCStyle.CN);
        if (names.length == 0 || names[0].getFirst() == null) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(names[0].getFirst().getValue()).trim());
    }
}
