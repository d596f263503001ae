package io.certflow.sandbox.csr;

import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.SectigoException;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one door to Bouncy Castle's CSR parsing. Every failure leaves as a {@link SectigoException}
 * carrying the code Sectigo documents (-9 … -13).
 */
@Singleton
public class CsrParser {

    private static final Pattern ARMOUR = Pattern.compile("-----(BEGIN|END) [A-Z0-9 ]+-----");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Set<ASN1ObjectIdentifier> SIGNATURES = Set.of(
            PKCSObjectIdentifiers.md5WithRSAEncryption, PKCSObjectIdentifiers.sha1WithRSAEncryption,
            PKCSObjectIdentifiers.sha224WithRSAEncryption, PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption, PKCSObjectIdentifiers.sha512WithRSAEncryption,
            X9ObjectIdentifiers.ecdsa_with_SHA1, X9ObjectIdentifiers.ecdsa_with_SHA224,
            X9ObjectIdentifiers.ecdsa_with_SHA256, X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512);
    private static final Set<ASN1ObjectIdentifier> CURVES = Set.of(
            X9ObjectIdentifiers.prime256v1, SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);

    public ParsedCsr parse(String text) {
        byte[] der = decodeBase64(text);
        PKCS10CertificationRequest request = decode(der);
        SubjectPublicKeyInfo key = request.getSubjectPublicKeyInfo();
        boolean rsa = checkAlgorithms(request.getSignatureAlgorithm(), key.getAlgorithm());
        checkKeySize(key, rsa);
        checkSignature(request);
        Extensions names = Extensions.of(request);
        return new ParsedCsr(Pem.encode("CERTIFICATE REQUEST", der), request.getSubject(), key, rsa,
                names.dnsNames(), names.ipAddresses(), sha256(der), sha256(encoded(key)));
    }

    private static byte[] decodeBase64(String text) {
        String body = ARMOUR.matcher(text == null ? "" : text).replaceAll("").replaceAll("\\s+", "");
        if (body.isEmpty() || !BASE64.matcher(body).matches()) {
            throw Errors.fail(-9, "The CSR is not valid Base-64 data!", "csr");
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw Errors.fail(-9, "The CSR is not valid Base-64 data!", "csr");
        }
    }

    private static PKCS10CertificationRequest decode(byte[] der) {
        try {
            PKCS10CertificationRequest request = new PKCS10CertificationRequest(der);
            request.getSubjectPublicKeyInfo().getAlgorithm();
            return request;
        } catch (Exception | Error e) {
            throw Errors.fail(-10, "The CSR cannot be decoded!", "csr");
        }
    }

    private static boolean checkAlgorithms(AlgorithmIdentifier signature, AlgorithmIdentifier key) {
        ASN1ObjectIdentifier keyType = key.getAlgorithm();
        boolean rsa = PKCSObjectIdentifiers.rsaEncryption.equals(keyType);
        boolean ec = X9ObjectIdentifiers.id_ecPublicKey.equals(keyType);
        if (!(rsa || ec) || !SIGNATURES.contains(signature.getAlgorithm())) {
            throw Errors.fail(-11, "The CSR uses an unsupported algorithm!", "csr");
        }
        return rsa;
    }

    private static void checkKeySize(SubjectPublicKeyInfo key, boolean rsa) {
        boolean supported;
        try {
            supported = rsa ? rsaSizeSupported(key) : CURVES.contains(
                    ASN1ObjectIdentifier.getInstance(key.getAlgorithm().getParameters()));
        } catch (Exception e) {
            throw Errors.fail(-10, "The CSR cannot be decoded!", "csr");
        }
        if (!supported) {
            throw Errors.fail(-13, "The CSR uses an unsupported key size!", "csr");
        }
    }

    private static boolean rsaSizeSupported(SubjectPublicKeyInfo key) throws java.io.IOException {
        int bits = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        return bits >= 2048 && bits <= 8192;
    }

    private static void checkSignature(PKCS10CertificationRequest request) {
        boolean valid;
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(request.getSubjectPublicKeyInfo());
            valid = request.isSignatureValid(verifier);
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            throw Errors.fail(-12, "The CSR has an invalid signature!", "csr");
        }
    }

    private static byte[] encoded(SubjectPublicKeyInfo key) {
        try {
            return key.getEncoded();
        } catch (java.io.IOException e) {
            throw Errors.fail(-10, "The CSR cannot be decoded!", "csr");
        }
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
