package io.certflow.e2e.support;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Provider;

/**
 * CSRs as customers make them ({@code openssl req -new -newkey rsa:2048 -subj /CN=…}). Keys are made
 * once per JVM: RSA key generation is slow, and a CSR with the same key may be sent again (Sectigo
 * then answers with a generated {@code uniqueValue}).
 */
public final class Csrs {

    private static final Provider BC = new BouncyCastleProvider();
    public static final KeyPair CUSTOMER_KEY = rsa2048();
    private static final KeyPair OTHER_KEY = rsa2048();

    private Csrs() {
    }

    public static String rsa(String commonName) {
        return pem("CN=" + commonName, CUSTOMER_KEY.getPublic(), CUSTOMER_KEY.getPrivate());
    }

    /** A CSR for {@code key}, e.g. a replacement's new key. */
    public static String rsa(String commonName, KeyPair key) {
        return pem("CN=" + commonName, key.getPublic(), key.getPrivate());
    }

    /** An S/MIME CSR: its subject names the mailbox only (Sectigo takes the names from the order). */
    public static String smime(String mailbox) {
        return pem("E=" + mailbox, CUSTOMER_KEY.getPublic(), CUSTOMER_KEY.getPrivate());
    }

    /** Carries the customer's key but is signed with another, so its signature cannot verify. */
    public static String withBadSignature(String commonName) {
        return pem("CN=" + commonName, CUSTOMER_KEY.getPublic(), OTHER_KEY.getPrivate());
    }

    /** A new RSA key, for the one test that needs a key nobody else uses. */
    public static KeyPair newKey() {
        return rsa2048();
    }

    private static String pem(String subject, PublicKey publicKey, PrivateKey signer) {
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), publicKey)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer));
            var out = new StringWriter();
            try (var writer = new JcaPEMWriter(out)) {
                writer.writeObject(request);
            }
            return out.toString();
        } catch (IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("cannot build a test CSR", e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
