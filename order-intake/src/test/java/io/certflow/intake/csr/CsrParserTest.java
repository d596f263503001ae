package io.certflow.intake.csr;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsrParserTest {

    /** The golden files' CSR; its hashes were computed with {@code openssl req -outform DER | openssl dgst}. */
    private static final String GOLDEN_CSR = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIIBGjCBwQIBADAbMRkwFwYDVQQDDBBzaG9wLmV4YW1wbGUuY29tMFkwEwYHKoZI
            zj0CAQYIKoZIzj0DAQcDQgAE03KJjbL1IVhoER34chpJJrGqr6TPj6h86YbahRSk
            psQE1sGJv3xUMJa2NvbgzGe3fnedw+oFY5LqFNl3B+LObaBEMEIGCSqGSIb3DQEJ
            DjE1MDMwMQYDVR0RBCowKIIQc2hvcC5leGFtcGxlLmNvbYIUd3d3LnNob3AuZXhh
            bXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgfqDOa39uun2CDQV4/5FwPLBj4hnx
            2VcOgJvmabO8tMMCIQClqfk5Mc7fwpSSdicmEeqRmlWGEkO0JxkAqfh9qOXfgw==
            -----END CERTIFICATE REQUEST-----
            """;

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
        ParsedCsr csr = parser.parse(GOLDEN_CSR);

        assertThat(csr.csrMd5()).isEqualTo("cf244b68cd9a24ef974fb2472d032938");
        assertThat(csr.csrSha256()).isEqualTo("5eeb57373008811236aef3f5607edba48fc403fbf1ddb6d75944020836e1ce94");
        assertThat(csr.publicKeySha256()).isEqualTo("138a156e631597be46344a8faaf7084406cc8c257eb26213650e67565470a3f6");
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
    void shouldReportBadSignatureWhenSignedByAnotherKey() {
        assertProblem(Csrs.withBadSignature("forged.example.com"), CsrProblem.BAD_SIGNATURE);
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
