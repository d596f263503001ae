package io.certflow.bench.csr;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * CSRs made to cost the validator as much as an attacker can within intake's limits (32,767
 * characters of PEM): none needs a real key, because each must be refused, and the question is only
 * how long the refusal takes. Deterministic (fixed seeds), so every run measures the same inputs.
 */
public final class HostileCsrs {

    /** What each hostile CSR tries. */
    public enum Kind {
        /** RSA-8192 with a public exponent as long as the modulus: a naive check is a private-key-sized exponentiation. */
        HUGE_EXPONENT,
        /** The largest RSA key intake accepts (8192 bits), signature garbage. */
        LARGEST_KEY_BAD_SIGNATURE,
        /** As many SAN entries as fit into the length limit, for a single-name product. */
        MANY_NAMES,
        /** Nested SEQUENCEs as deep as the length limit allows, where the public key should be. */
        DEEP_NESTING,
        /** Random bytes at the length limit inside PEM armour. */
        NOISE
    }

    private static final int PEM_LIMIT = 32_767;
    /** DER bytes whose PEM (64-character lines, armour) stays just under {@link #PEM_LIMIT}. */
    private static final int DER_BUDGET = (PEM_LIMIT - 100) / 65 * 48;
    private static final AlgorithmIdentifier SHA256_RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);

    private HostileCsrs() {
    }

    public static String of(Kind kind) {
        Random random = new Random(kind.ordinal());
        return switch (kind) {
            case HUGE_EXPONENT -> pem(unsigned(rsaKey(random, 8192, new BigInteger(8190, random).setBit(0)), 8192,
                    random));
            case LARGEST_KEY_BAD_SIGNATURE -> pem(unsigned(rsaKey(random, 8192, BigInteger.valueOf(65_537)), 8192,
                    random));
            case MANY_NAMES -> pem(signedWithNames(namesThatFit(random)));
            case DEEP_NESTING -> pem(deeplyNested());
            case NOISE -> pem(noise(random));
        };
    }

    private static SubjectPublicKeyInfo rsaKey(Random random, int bits, BigInteger exponent) {
        BigInteger modulus = plausibleModulus(random, bits);
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                    DERNull.INSTANCE), new RSAPublicKey(modulus, exponent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A random odd number Bouncy Castle takes for an RSA modulus (no small prime factor, composite), as an
     * attacker's would be: finding one takes a few tries, factoring it is nobody's business here.
     */
    private static BigInteger plausibleModulus(Random random, int bits) {
        while (true) {
            BigInteger candidate = new BigInteger(bits, random).setBit(bits - 1).setBit(0);
            try {
                new RSAKeyParameters(false, candidate, BigInteger.valueOf(65_537));
                return candidate;
            } catch (IllegalArgumentException smallFactor) {
                // draw again
            }
        }
    }

    /** A request whose signature is random bytes below the modulus, so that checking it takes a full exponentiation. */
    private static byte[] unsigned(SubjectPublicKeyInfo key, int bits, Random random) {
        CertificationRequestInfo info = new CertificationRequestInfo(new X500Name("CN=hostile.example.com"), key,
                new DERSet());
        byte[] signature = new byte[bits / 8];
        random.nextBytes(signature);
        signature[0] &= 0x3f;
        return encoded(new CertificationRequest(info, SHA256_RSA, new DERBitString(signature)));
    }

    /** Properly signed (an attacker has keys too), so that the names are read and checked. */
    private static byte[] signedWithNames(GeneralNames names) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair key = generator.generateKeyPair();
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.subjectAlternativeName, false, names);
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=hostile.example.com"), key.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the hostile CSR", e);
        }
    }

    /** SANs of 20-character names, as many as keep the PEM under the limit. */
    private static GeneralNames namesThatFit(Random random) {
        int count = (DER_BUDGET - 1_400) / 30;
        return new GeneralNames(IntStream.range(0, count)
                .mapToObj(i -> new GeneralName(GeneralName.dNSName, "n" + Integer.toString(random.nextInt(1 << 30), 36)
                        + i + ".example.com"))
                .toArray(GeneralName[]::new));
    }

    private static byte[] deeplyNested() {
        int depth = DER_BUDGET / 2;
        byte[] der = new byte[depth * 2];
        for (int i = 0; i < depth; i++) {
            der[2 * i] = 0x30;
            der[2 * i + 1] = (byte) 0x80;
        }
        return der;
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[DER_BUDGET];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] encoded(ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }
}
