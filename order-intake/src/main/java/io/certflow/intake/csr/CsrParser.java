package io.certflow.intake.csr;

import jakarta.inject.Singleton;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bouncy Castle behind one method: parses a PEM (or bare Base-64) CSR, checks the key and the
 * signature against the rules Sectigo applies, and answers {@link ParsedCsr} or one
 * {@link InvalidCsrException}. certflow's only CSR decoder: what other services need from the CSR
 * travels in {@code order.requested} ({@code facts}). Stateless and thread-safe.
 */
@Singleton
public final class CsrParser {

    /** Sectigo's limit for the {@code csr} parameter. */
    public static final int MAX_LENGTH = 32_767;
    /** The CA/Browser Forum's bound on RSA public exponents (below 2^256); Bouncy Castle already refuses even ones. */
    private static final int MAX_EXPONENT_BITS = 256;
    private static final BigInteger THREE = BigInteger.valueOf(3);

    private static final Map<ASN1ObjectIdentifier, Integer> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, 256,
            SECObjectIdentifiers.secp384r1, 384,
            SECObjectIdentifiers.secp521r1, 521);

    private final JcaContentVerifierProviderBuilder verifiers =
            new JcaContentVerifierProviderBuilder().setProvider(new BouncyCastleProvider());

    /** A TLS server CSR: its subject must carry a Common Name. */
    public ParsedCsr parse(String csr) throws InvalidCsrException {
        ParsedCsr parsed = parseWithoutCommonName(csr);
        if (parsed.commonName() == null) {
            throw new InvalidCsrException(CsrProblem.MISSING_COMMON_NAME);
        }
        return parsed;
    }

    /** An S/MIME CSR: the certificate names mailboxes, so the subject may have no Common Name. */
    public ParsedCsr parseWithoutCommonName(String csr) throws InvalidCsrException {
        if (csr == null || csr.isBlank()) {
            throw new InvalidCsrException(CsrProblem.MISSING);
        }
        if (csr.length() > MAX_LENGTH) {
            throw new InvalidCsrException(CsrProblem.TOO_LONG);
        }
        byte[] der = base64(csr);
        PKCS10CertificationRequest request = decode(der);
        try {
            return parsed(request, der);
        } catch (RuntimeException e) {
            // Bouncy Castle decodes the structure lazily: a malformed part fails unchecked only when read.
            throw new InvalidCsrException(CsrProblem.NOT_DECODABLE, e);
        }
    }

    private ParsedCsr parsed(PKCS10CertificationRequest request, byte[] der) throws InvalidCsrException {
        Key key = checkedKey(request.getSubjectPublicKeyInfo());
        verifySignature(request);
        return new ParsedCsr(commonName(request), subjectAlternativeNames(request), key.algorithm(), key.size(),
                Digests.hex("SHA-256", encoded(request.getSubjectPublicKeyInfo())), Digests.hex("MD5", der),
                Digests.hex("SHA-256", der));
    }

    private static byte[] base64(String csr) throws InvalidCsrException {
        String body = csr.replaceAll("-----(BEGIN|END)[A-Z ]*-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidCsrException(CsrProblem.NOT_BASE64, e);
        }
    }

    private static PKCS10CertificationRequest decode(byte[] der) throws InvalidCsrException {
        try {
            return new PKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCsrException(CsrProblem.NOT_DECODABLE, e);
        }
    }

    private static Key checkedKey(SubjectPublicKeyInfo key) throws InvalidCsrException {
        AlgorithmIdentifier algorithm = key.getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            RSAKeyParameters rsa = rsaKey(key);
            int bits = rsa.getModulus().bitLength();
            if (bits < 2048 || bits > 8192) {
                throw new InvalidCsrException(CsrProblem.UNSUPPORTED_KEY_SIZE);
            }
            // Checked before the signature: a long exponent makes that check as costly as a private-key
            // operation (about 300 ms for 8192 bits), which an attacker could repeat at will.
            if (rsa.getExponent().bitLength() > MAX_EXPONENT_BITS || rsa.getExponent().compareTo(THREE) < 0) {
                throw new InvalidCsrException(CsrProblem.UNSUPPORTED_EXPONENT);
            }
            return new Key("RSA", bits);
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
            ASN1ObjectIdentifier curve = curveOf(algorithm);
            Integer bits = curve == null ? null : CURVES.get(curve);
            if (bits == null) {
                throw new InvalidCsrException(CsrProblem.UNSUPPORTED_KEY_SIZE);
            }
            return new Key("EC", bits);
        }
        throw new InvalidCsrException(CsrProblem.UNSUPPORTED_ALGORITHM);
    }

    private static RSAKeyParameters rsaKey(SubjectPublicKeyInfo key) throws InvalidCsrException {
        try {
            return (RSAKeyParameters) PublicKeyFactory.createKey(key);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCsrException(CsrProblem.NOT_DECODABLE, e);
        }
    }

    private static ASN1ObjectIdentifier curveOf(AlgorithmIdentifier algorithm) {
        ASN1Encodable parameters = algorithm.getParameters();
        return parameters instanceof ASN1ObjectIdentifier named ? named : null;
    }

    private void verifySignature(PKCS10CertificationRequest request) throws InvalidCsrException {
        try {
            if (!request.isSignatureValid(verifiers.build(request.getSubjectPublicKeyInfo()))) {
                throw new InvalidCsrException(CsrProblem.BAD_SIGNATURE);
            }
        } catch (OperatorCreationException e) {
            throw new InvalidCsrException(CsrProblem.UNSUPPORTED_ALGORITHM, e);
        } catch (PKCSException | RuntimeException e) {
            // Bouncy Castle throws unchecked exceptions for signature bytes it cannot even decode.
            throw new InvalidCsrException(CsrProblem.BAD_SIGNATURE, e);
        }
    }

    private static String commonName(PKCS10CertificationRequest request) {
        RDN[] names = request.getSubject().getRDNs(BCStyle.CN);
        if (names.length == 0 || names[0].getFirst() == null) {
            return null;
        }
        String cn = IETFUtils.valueToString(names[0].getFirst().getValue()).trim();
        return cn.isEmpty() ? null : cn;
    }

    private static List<String> subjectAlternativeNames(PKCS10CertificationRequest request) {
        Extensions extensions = request.getRequestedExtensions();
        GeneralNames names = extensions == null ? null
                : GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        List<String> sans = new ArrayList<>();
        if (names != null) {
            for (GeneralName name : names.getNames()) {
                if (name.getTagNo() == GeneralName.dNSName || name.getTagNo() == GeneralName.rfc822Name) {
                    sans.add(name.getName().toString());
                }
            }
        }
        return sans;
    }

    private static byte[] encoded(SubjectPublicKeyInfo key) throws InvalidCsrException {
        try {
            return key.getEncoded();
        } catch (IOException e) {
            throw new InvalidCsrException(CsrProblem.NOT_DECODABLE, e);
        }
    }

    private record Key(String algorithm, int size) {
    }
}
