package io.certflow.intake.csr;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;

/**
 * CSR fixtures, real and broken. Keys are generated once per JVM (RSA key generation is slow), with
 * Bouncy Castle because JDK 17 no longer generates the legacy curves a broken fixture needs.
 */
public final class Csrs {

    private static final Provider BC = new BouncyCastleProvider();

    public static final KeyPair RSA_2048 = rsa(2048);
    public static final KeyPair RSA_1024 = rsa(1024);
    public static final KeyPair EC_P256 = ec("secp256r1");
    public static final KeyPair EC_P224 = ec("secp224r1");
    private static final KeyPair OTHER_RSA_2048 = rsa(2048);

    private Csrs() {
    }

    public static String rsa(String commonName, String... dnsNames) {
        return pem(RSA_2048, RSA_2048.getPrivate(), subject(commonName), dnsNames);
    }

    public static String of(KeyPair keys, String commonName, String... dnsNames) {
        return pem(keys, keys.getPrivate(), subject(commonName), dnsNames);
    }

    /** Signed by another key than the one it carries, so its signature cannot verify. */
    public static String withBadSignature(String commonName) {
        return pem(RSA_2048, OTHER_RSA_2048.getPrivate(), subject(commonName));
    }

    public static String withoutCommonName() {
        return pem(RSA_2048, RSA_2048.getPrivate(), new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Example Ltd").build());
    }

    private static X500Name subject(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    private static String pem(KeyPair keys, PrivateKey signer, X500Name subject, String... dnsNames) {
        try {
            var builder = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic());
            if (dnsNames.length > 0) {
                var extensions = new ExtensionsGenerator();
                extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                        Arrays.stream(dnsNames).map(n -> new GeneralName(GeneralName.dNSName, n))
                                .toArray(GeneralName[]::new)));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            }
            String algorithm = "RSA".equals(signer.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            return toPem(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build test CSR", e);
        }
    }

    private static String toPem(PKCS10CertificationRequest csr) throws java.io.IOException {
        var out = new StringWriter();
        try (var writer = new JcaPEMWriter(out)) {
            writer.writeObject(csr);
        }
        return out.toString();
    }

    private static KeyPair rsa(int bits) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ec(String curve) {
        try {
            var generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
