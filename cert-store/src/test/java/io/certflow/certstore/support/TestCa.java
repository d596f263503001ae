package io.certflow.certstore.support;

import io.certflow.certstore.verification.Pem;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test CA made with Bouncy Castle: root → intermediate → leaf, as Sectigo issues them, or one tier
 * deeper (root → intermediate → issuing CA → leaf). Each CA is created once per JVM; leaves are
 * cheap (a few milliseconds).
 */
public final class TestCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The CA the store is configured to trust. */
    public static final TestCa TRUSTED = new TestCa("certflow Test");
    /** A CA nobody configured: its certificates must not be trusted. */
    public static final TestCa UNRELATED = new TestCa("Unrelated");
    /** Three tiers under {@link #TRUSTED}'s root: its leaves chain issuing CA → TRUSTED's intermediate → root. */
    public static final TestCa TRUSTED_DEEP = new TestCa(TRUSTED, "certflow Test Deep");

    private final KeyPair intermediateKeys = TestKeys.generate();
    private final X509Certificate root;
    private final List<X509Certificate> between;
    private final X509Certificate intermediate;

    private TestCa(String name) {
        KeyPair rootKeys = TestKeys.generate();
        X500Name rootName = new X500Name("CN=" + name + " Root CA,O=certflow tests");
        X500Name intermediateName = new X500Name("CN=" + name + " Issuing CA,O=certflow tests");
        root = ca(rootName, rootKeys.getPublic(), rootName, rootKeys);
        between = List.of();
        intermediate = ca(intermediateName, intermediateKeys.getPublic(), rootName, rootKeys);
    }

    private TestCa(TestCa parent, String name) {
        root = parent.root;
        between = List.of(parent.intermediate);
        intermediate = ca(new X500Name("CN=" + name + " Issuing CA,O=certflow tests"), intermediateKeys.getPublic(),
                X500Name.getInstance(parent.intermediate.getSubjectX500Principal().getEncoded()),
                parent.intermediateKeys);
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate intermediate() {
        return intermediate;
    }

    public String rootPem() {
        return Pem.encode(root);
    }

    public String intermediatePem() {
        return Pem.encode(intermediate);
    }

    /** The CA certificates, leaf's issuer first, root last. */
    public List<X509Certificate> caCertificates() {
        List<X509Certificate> chain = new ArrayList<>(List.of(intermediate));
        chain.addAll(between);
        chain.add(root);
        return List.copyOf(chain);
    }

    /** As Sectigo's push delivers it: leaf's issuer first, root last. */
    public List<String> chainPems() {
        return caCertificates().stream().map(Pem::encode).toList();
    }

    public Leaf leaf(String commonName, String... dnsNames) {
        return new Leaf(commonName, dnsNames, new String[0], TestKeys.CUSTOMER.getPublic(),
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(90)));
    }

    /** An end-entity certificate to issue; every {@code with…} answers a changed copy. */
    public final class Leaf {
        private final String commonName;
        private final String[] dnsNames;
        private final String[] emails;
        private final PublicKey key;
        private final Instant notBefore;
        private final Instant notAfter;

        private Leaf(String commonName, String[] dnsNames, String[] emails, PublicKey key, Instant notBefore,
                     Instant notAfter) {
            this.commonName = commonName;
            this.dnsNames = dnsNames;
            this.emails = emails;
            this.key = key;
            this.notBefore = notBefore;
            this.notAfter = notAfter;
        }

        public Leaf withKey(PublicKey other) {
            return new Leaf(commonName, dnsNames, emails, other, notBefore, notAfter);
        }

        public Leaf validBetween(Instant from, Instant until) {
            return new Leaf(commonName, dnsNames, emails, key, from, until);
        }

        /** An S/MIME certificate's mailboxes, as SAN rfc822Names (after any DNS names). */
        public Leaf withEmails(String... addresses) {
            return new Leaf(commonName, dnsNames, addresses, key, notBefore, notAfter);
        }

        public X509Certificate issue() {
            try {
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(intermediate,
                        new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                        new X500Name("CN=" + commonName), key)
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                if (dnsNames.length + emails.length > 0) {
                    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(Stream.concat(
                            Arrays.stream(dnsNames).map(n -> new GeneralName(GeneralName.dNSName, n)),
                            Arrays.stream(emails).map(e -> new GeneralName(GeneralName.rfc822Name, e)))
                            .toArray(GeneralName[]::new)));
                }
                return sign(builder, intermediateKeys);
            } catch (Exception e) {
                throw new IllegalStateException("cannot issue a test certificate", e);
            }
        }

        public String pem() {
            return Pem.encode(issue());
        }
    }

    private static X509Certificate ca(X500Name subject, PublicKey key, X500Name issuer, KeyPair issuerKeys) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return sign(builder, issuerKeys);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test CA", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestKeys.BC).build(issuerKeys.getPrivate())));
    }
}
