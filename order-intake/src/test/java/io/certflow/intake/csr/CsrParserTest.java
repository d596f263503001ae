package io.certflow.intake.csr;

import io.certflow.testkit.csr.GoldenCsr;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.CertificationRequestInfo;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsrParserTest {

    private final CsrParser parser = new CsrParser();

    @Test
    void shouldReturnNamesAndKeyWhenRsaCsrIsValid() throws InvalidCsrException {
        ParsedCsr csr = parser.parse(Csrs.rsa("shop.example.com", "shop.example.com", "www.shop.example.com"));

        assertThat(csr.commonName()).isEqualTo("shop.example.com");
        assertThat(csr.subjectAlternativeNames()).containsExactly("shop.example.com", "www.shop.example.com");
        assertThat(csr.keyAlgorithm()).isEqualTo("RSA");
        assertThat(csr.keySize()).isEqualTo(2048);
        assertThat(csr.publicKeySha256()).isEqualTo(sha256(Csrs.RSA_2048.getPublic().getEncoded()));
    }

    @Test
    void shouldHashTheDerAsSectigoDcvDoesWhenCsrIsTheGoldenOne() throws InvalidCsrException {
        ParsedCsr csr = parser.parse(GoldenCsr.PEM);

        assertThat(csr.csrMd5()).isEqualTo(GoldenCsr.MD5);
        assertThat(csr.csrSha256()).isEqualTo(GoldenCsr.SHA256);
        assertThat(csr.publicKeySha256()).isEqualTo(GoldenCsr.PUBLIC_KEY_SHA256);
    }

    @Test
    void shouldAcceptP256KeyWhenCsrIsEc() throws InvalidCsrException {
        ParsedCsr csr = parser.parse(Csrs.of(Csrs.EC_P256, "api.example.com"));

        assertThat(csr.keyAlgorithm()).isEqualTo("EC");
        assertThat(csr.keySize()).isEqualTo(256);
        assertThat(csr.subjectAlternativeNames()).isEmpty();
    }

    @Test
    void shouldAcceptBareBase64WhenPemHeadersAreMissing() throws InvalidCsrException {
        String bare = Csrs.rsa("bare.example.com").replaceAll("-----[A-Z ]+-----", "");

        assertThat(parser.parse(bare).commonName()).isEqualTo("bare.example.com");
    }

    @Test
    void shouldReportMissingWhenCsrIsBlank() {
        assertProblem(" ", CsrProblem.MISSING);
    }

    @Test
    void shouldReportTooLongWhenCsrExceedsSectigoLimit() {
        assertProblem("A".repeat(CsrParser.MAX_LENGTH + 1), CsrProblem.TOO_LONG);
    }

    @Test
    void shouldReportNotBase64WhenCsrHasForeignCharacters() {
        assertProblem("-----BEGIN CERTIFICATE REQUEST-----\n%%%not base64%%%\n-----END CERTIFICATE REQUEST-----",
                CsrProblem.NOT_BASE64);
    }

    @Test
    void shouldReportNotDecodableWhenBase64IsNotPkcs10() {
        assertProblem(Base64.getEncoder().encodeToString("hello, not a CSR".getBytes()), CsrProblem.NOT_DECODABLE);
    }

    @Test
    void shouldReportKeySizeWhenRsaKeyIsBelow2048Bits() {
        assertProblem(Csrs.of(Csrs.RSA_1024, "weak.example.com"), CsrProblem.UNSUPPORTED_KEY_SIZE);
    }

    @Test
    void shouldReportKeySizeWhenCurveIsNotAllowed() {
        assertProblem(Csrs.of(Csrs.EC_P224, "curve.example.com"), CsrProblem.UNSUPPORTED_KEY_SIZE);
    }

    @Test
    void shouldReportExponentBeforeCheckingTheSignatureWhenRsaExponentIsLongerThan256Bits() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Csrs.rsa("exponent.example.com").replaceAll("-----[^-]+-----", ""));
        CertificationRequest valid = CertificationRequest.getInstance(der);
        CertificationRequestInfo info = valid.getCertificationRequestInfo();
        RSAPublicKey key = RSAPublicKey.getInstance(info.getSubjectPublicKeyInfo().parsePublicKey());
        SubjectPublicKeyInfo longExponent = new SubjectPublicKeyInfo(info.getSubjectPublicKeyInfo().getAlgorithm(),
                new RSAPublicKey(key.getModulus(), BigInteger.TWO.pow(300).add(BigInteger.ONE)));
        CertificationRequest hostile = new CertificationRequest(new CertificationRequestInfo(info.getSubject(),
                longExponent, info.getAttributes()), valid.getSignatureAlgorithm(), valid.getSignature());

        assertProblem(Base64.getEncoder().encodeToString(hostile.getEncoded()), CsrProblem.UNSUPPORTED_EXPONENT);
    }

    @Test
    void shouldReportBadSignatureWhenSignedByAnotherKey() {
        assertProblem(Csrs.withBadSignature("forged.example.com"), CsrProblem.BAD_SIGNATURE);
    }

    @Test
    void shouldReportBadSignatureWhenSignatureBytesCannotBeDecoded() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Csrs.of(Csrs.EC_P256, "ec.example.com")
                .replaceAll("-----[^-]+-----", ""));
        CertificationRequest valid = CertificationRequest.getInstance(der);
        CertificationRequest garbled = new CertificationRequest(valid.getCertificationRequestInfo(),
                valid.getSignatureAlgorithm(), new DERBitString(new byte[] {1, 2, 3}));

        assertProblem(Base64.getEncoder().encodeToString(garbled.getEncoded()), CsrProblem.BAD_SIGNATURE);
    }

    @Test
    void shouldReportMissingCommonNameWhenSubjectHasNoCn() {
        assertProblem(Csrs.withoutCommonName(), CsrProblem.MISSING_COMMON_NAME);
    }

    @Test
    void shouldAcceptMissingCommonNameWhenCsrIsForMailboxes() throws InvalidCsrException {
        ParsedCsr csr = parser.parseWithoutCommonName(Csrs.withoutCommonName());

        assertThat(csr.commonName()).isNull();
        assertThat(csr.keyAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void shouldStillCheckSignatureWhenCommonNameIsOptional() {
        assertThatThrownBy(() -> parser.parseWithoutCommonName(Csrs.withBadSignature("ada")))
                .isInstanceOfSatisfying(InvalidCsrException.class,
                        e -> assertThat(e.problem()).isEqualTo(CsrProblem.BAD_SIGNATURE));
    }

    private void assertProblem(String csr, CsrProblem expected) {
        assertThatThrownBy(() -> parser.parse(csr))
                .isInstanceOfSatisfying(InvalidCsrException.class, e -> assertThat(e.problem()).isEqualTo(expected));
    }

    private static String sha256(byte[] data) {
        return Digests.hex("SHA-256", data);
    }
}
