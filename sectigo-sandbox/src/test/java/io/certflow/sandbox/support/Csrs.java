package io.certflow.sandbox.support;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * CSR fixtures. The RSA-2048 and P-256 keys are generated once per JVM (RSA key generation costs
 * ~130 ms); each CSR differs by its subject, so each is a new request token.
 */
public final class Csrs {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    public static final KeyPair RSA = keyPair("RSA", 2048);
    public static final KeyPair EC = ecKeyPair("secp256r1");

    private Csrs() {
    }

    public static String rsa(String commonName, String... dnsNames) {
        return csr(subject(commonName), RSA, "SHA256withRSA", dnsNames);
    }

    public static String ec(String commonName, String... dnsNames) {
        return csr(subject(commonName), EC, "SHA256withECDSA", dnsNames);
    }

    /** JDK 17's SunEC no longer offers P-224, Bouncy Castle does. */
    private static KeyPair p224KeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp224r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSR with an organization, locality and country, as OV/EV requests usually carry. */
    public static String rsaOrganization(String commonName, String country, String... dnsNames) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, country)
                .addRDN(BCStyle.ST, "NJ").addRDN(BCStyle.L, "Roseland").addRDN(BCStyle.O, "Sectigo")
                .addRDN(BCStyle.CN, commonName).build();
        return csr(name, RSA, "SHA256withRSA", dnsNames);
    }

    public static String withKey(String commonName, KeyPair keys, String algorithm) {
        return csr(subject(commonName), keys, algorithm);
    }

    public static String noCommonName() {
        return csr(new X500Name("O=No Common Name Ltd,C=GB"), RSA, "SHA256withRSA");
    }

    public static String rsa1024(String commonName) {
        return csr(subject(commonName), keyPair("RSA", 1024), "SHA256withRSA");
    }

    public static String p224(String commonName) {
        return csr(subject(commonName), p224KeyPair(), "SHA256withECDSA");
    }

    public static String ed25519(String commonName) {
        return csr(subject(commonName), keyPair("Ed25519", 0), "Ed25519");
    }

    /** A well-formed CSR whose signature does not match its content. */
    public static String badSignature(String commonName) {
        try {
            PKCS10CertificationRequest request = request(subject(commonName), RSA, "SHA256withRSA");
            byte[] der = request.getEncoded();
            der[der.length - 10] ^= 0x55;
            return pem(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String notBase64() {
        return "-----BEGIN CERTIFICATE REQUEST-----\nthis is *not* base64!\n-----END CERTIFICATE REQUEST-----";
    }

    public static String notDecodable() {
        return pem("definitely not a DER encoded PKCS#10 request".getBytes());
    }

    private static X500Name subject(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    private static String csr(X500Name subject, KeyPair keys, String algorithm, String... dnsNames) {
        try {
            return pem(request(subject, keys, algorithm, dnsNames).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PKCS10CertificationRequest request(X500Name subject, KeyPair keys, String algorithm,
                                                      String... dnsNames) throws Exception {
        JcaPKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(subject,
                keys.getPublic());
        if (dnsNames.length > 0) {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            GeneralName[] names = new GeneralName[dnsNames.length];
            for (int i = 0; i < dnsNames.length; i++) {
                names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
            }
            extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
        }
        return builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate()));
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'})
                .encodeToString(der) + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    private static KeyPair keyPair(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ecKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
