package io.certflow.certstore.support;

import io.certflow.certstore.verification.Pem;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;

/** Keys generated once per JVM (P-256: milliseconds, unlike RSA). */
public final class TestKeys {

    static final Provider BC = new BouncyCastleProvider();

    /** The key of the orders' CSRs. */
    public static final KeyPair CUSTOMER = generate();
    /** Someone else's key: a certificate for it does not belong to the order. */
    public static final KeyPair STRANGER = generate();

    private TestKeys() {
    }

    /** What {@code order.requested}'s {@code facts.publicKeySha256} says of a CSR for this key. */
    public static String sha256(KeyPair keys) {
        return Pem.sha256(keys.getPublic().getEncoded());
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
