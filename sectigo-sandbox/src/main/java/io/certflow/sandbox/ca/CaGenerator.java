package io.certflow.sandbox.ca;

import io.certflow.sandbox.csr.BouncyCastle;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Creates the sandbox's root and intermediate (EC keys: generated in milliseconds). */
final class CaGenerator {

    static final String SIGNATURE = "SHA384withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaGenerator() {
    }

    static CaKeys root() throws Exception {
        KeyPair keys = keyPair("secp384r1");
        X500Name name = new X500Name("CN=certflow Sectigo Sandbox Root CA,O=certflow sandbox (not trusted),C=GB");
        return sign(name, keys, name, keys, -1, Duration.ofDays(365L * 20));
    }

    static CaKeys intermediate(CaKeys root) throws Exception {
        KeyPair keys = keyPair("secp384r1");
        X500Name name = new X500Name("CN=certflow Sectigo Sandbox Issuing CA,O=certflow sandbox (not trusted),C=GB");
        KeyPair rootKeys = new KeyPair(root.certificate().getPublicKey(), root.privateKey());
        X500Name issuer = X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded());
        return sign(name, keys, issuer, rootKeys, 0, Duration.ofDays(365L * 10));
    }

    private static CaKeys sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
                               int pathLength, Duration validity) throws Exception {
        Instant now = Instant.now();
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject,
                subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true,
                        pathLength < 0 ? new BasicConstraints(true) : new BasicConstraints(pathLength))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        if (issuerKeys != subjectKeys) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        }
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE)
                        .setProvider(BouncyCastle.PROVIDER).build(issuerKeys.getPrivate())));
        return new CaKeys(certificate, subjectKeys.getPrivate());
    }

    private static KeyPair keyPair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        return generator.generateKeyPair();
    }
}
