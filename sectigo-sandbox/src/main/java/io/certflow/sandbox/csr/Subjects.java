package io.certflow.sandbox.csr;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.util.Optional;

/** Reading single attributes out of an X.500 name. */
public final class Subjects {

    private Subjects() {
    }

    public static Optional<String> first(X500Name name, ASN1ObjectIdentifier oid) {
        RDN[] rdns = name.getRDNs(oid);
        if (rdns.length == 0 || rdns[0].getFirst() == null) {
            return Optional.empty();
        }
        String value = IETFUtils.valueToString(rdns[0].getFirst().getValue()).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
