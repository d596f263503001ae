package io.certflow.sandbox.ca;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import java.util.List;

/** What goes into one end-entity certificate. {@code policy}: the CA/B Forum policy OID. */
public record LeafSpec(X500Name subject, List<GeneralName> names, SubjectPublicKeyInfo publicKey, boolean rsa,
                       int days, Usage usage, String policy) {

    public enum Usage { TLS_SERVER, EMAIL_PROTECTION }
}
