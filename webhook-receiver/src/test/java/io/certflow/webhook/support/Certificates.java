package io.certflow.webhook.support;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real certificate chains (root → intermediate → leaf), as Sectigo pushes them. Keys are made once
 * per JVM; every chain gets fresh serials, so two chains never push alike.
 */
public final class Certificates {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final KeyPair ROOT_KEY = ecKey();
    private static final KeyPair INTERMEDIATE_KEY = ecKey();
    private static final KeyPair LEAF_KEY = ecKey();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** PEM texts, each ending with a line break. */
    public record Chain(String leafPem, String intermediatePem, String rootPem) {

        /** The push's {@code caCertificate}: the CA certificates in one field, intermediate first. */
        public String caCertificate() {
            return intermediatePem + rootPem;
        }
    }

    private Certificates() {
    }

    public static Chain chainFor(String domain) {
        X500Name root = new X500Name("CN=certflow Test Root CA");
        X500Name intermediate = new X500Name("CN=certflow Test Issuing CA");
        return new Chain(
                pem(intermediate, INTERMEDIATE_KEY.getPrivate(), new X500Name("CN=" + domain), LEAF_KEY.getPublic(),
                        false, domain),
                pem(root, ROOT_KEY.getPrivate(), intermediate, INTERMEDIATE_KEY.getPublic(), true, null),
                pem(root, ROOT_KEY.getPrivate(), root, ROOT_KEY.getPublic(), true, null));
    }

    private static String pem(X500Name issuer, PrivateKey signer, X500Name subject, PublicKey key, boolean ca,
                              String dnsName) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.incrementAndGet()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(90))), subject,
                    key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (dnsName != null) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
            }
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(signer));
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(holder);
            }
            return text.toString().replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException("cannot build test certificate", e);
        }
    }

    private static KeyPair ecKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
