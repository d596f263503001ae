package io.certflow.certstore.verification;

import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestKeys;
import io.certflow.events.CertificateType;
import io.certflow.events.QuarantineReason;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateVerifierTest {

    private static final String DOMAIN = "shop.example.com";
    private static final OrderExpectation ORDER = new OrderExpectation(TestKeys.sha256(TestKeys.CUSTOMER),
            List.of(DOMAIN, "www." + DOMAIN));

    private final CertificateVerifier verifier = new CertificateVerifier(
            new TrustAnchors(List.of(TestCa.TRUSTED.root())), Clock.systemUTC());

    @Test
    void shouldAcceptAndDescribeWhenCertificateMatchesOrderAndChainIsTrusted() throws Exception {
        var leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).issue();

        VerifiedCertificate verified = verifier.verify(Pem.encode(leaf), TestCa.TRUSTED.chainPems(), ORDER);

        assertThat(verified.serialNumber()).isEqualTo(leaf.getSerialNumber().toString(16));
        assertThat(verified.subject()).isEqualTo("CN=" + DOMAIN);
        assertThat(verified.issuer()).isEqualTo("O=certflow tests,CN=certflow Test Issuing CA");
        assertThat(verified.subjectAlternativeNames()).containsExactly(DOMAIN, "www." + DOMAIN);
        assertThat(verified.notAfter()).isEqualTo(leaf.getNotAfter().toInstant());
        assertThat(verified.sha256Fingerprint()).hasSize(64).isEqualTo(Pem.sha256(leaf.getEncoded()));
        assertThat(verified.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
    }

    @Test
    void shouldOrderChainWhenDeliveredRootFirst() throws Exception {
        String leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        VerifiedCertificate verified = verifier.verify(leaf,
                List.of(TestCa.TRUSTED.rootPem(), TestCa.TRUSTED.intermediatePem()), ORDER);

        assertThat(verified.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
    }

    @Test
    void shouldAcceptWhenChainOmitsTheRoot() throws Exception {
        String leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        VerifiedCertificate verified = verifier.verify(leaf, List.of(TestCa.TRUSTED.intermediatePem()), ORDER);

        assertThat(verified.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem());
    }

    @Test
    void shouldRejectAsUnparseableWhenPemIsGarbage() {
        assertRejected("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
                TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.UNPARSEABLE);
        assertRejected("", TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.UNPARSEABLE);
    }

    @Test
    void shouldRejectAsNotCurrentlyValidWhenExpiredOrNotYetValid() {
        Instant now = Instant.now();
        String expired = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN)
                .validBetween(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))).pem();
        String future = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN)
                .validBetween(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))).pem();

        assertRejected(expired, TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.NOT_CURRENTLY_VALID);
        assertRejected(future, TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.NOT_CURRENTLY_VALID);
    }

    @Test
    void shouldRejectAsKeyMismatchWhenCertificateIsForAnotherKey() {
        String leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).withKey(TestKeys.STRANGER.getPublic()).pem();

        assertThat(assertRejected(leaf, TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.KEY_MISMATCH).detail())
                .contains("differs from the CSR key");
    }

    @Test
    void shouldRejectAsNamesNotCoveredWhenAnOrderedNameIsMissing() {
        String leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN).pem();

        assertThat(assertRejected(leaf, TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.NAMES_NOT_COVERED)
                .detail()).contains("www." + DOMAIN);
    }

    @Test
    void shouldCoverSubdomainButNotApexWhenCertificateHasWildcard() throws Exception {
        String wildcard = TestCa.TRUSTED.leaf("*.example.com", "*.example.com").pem();
        var forSubdomain = new OrderExpectation(ORDER.publicKeySha256(), List.of("www.example.com"));
        var forApex = new OrderExpectation(ORDER.publicKeySha256(), List.of("example.com"));

        assertThat(verifier.verify(wildcard, TestCa.TRUSTED.chainPems(), forSubdomain).subjectAlternativeNames())
                .containsExactly("*.example.com");
        assertRejected(wildcard, TestCa.TRUSTED.chainPems(), forApex, QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldRejectAsChainUntrustedWhenIssuedByAnUnrelatedCa() {
        String leaf = TestCa.UNRELATED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        assertRejected(leaf, TestCa.UNRELATED.chainPems(), ORDER, QuarantineReason.CHAIN_UNTRUSTED);
    }

    @Test
    void shouldRejectAsChainUntrustedWhenIntermediateIsMissing() {
        String leaf = TestCa.TRUSTED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        assertRejected(leaf, List.of(TestCa.TRUSTED.rootPem()), ORDER, QuarantineReason.CHAIN_UNTRUSTED);
    }

    @Test
    void shouldRejectAsChainUntrustedWhenTrustedIntermediateIsPairedWithAForeignLeafIssuer() {
        String leaf = TestCa.UNRELATED.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        assertRejected(leaf, TestCa.TRUSTED.chainPems(), ORDER, QuarantineReason.CHAIN_UNTRUSTED);
    }

    @Test
    void shouldAcceptWhenSmimeCertificateNamesEveryOrderedMailbox() throws Exception {
        var order = smime("jane@example.org", "J.Doe@example.org");
        String leaf = TestCa.TRUSTED.leaf("Jane Doe").withEmails("jane@example.org", "j.doe@example.org").pem();

        VerifiedCertificate verified = verifier.verify(leaf, TestCa.TRUSTED.chainPems(), order);

        assertThat(verified.subjectAlternativeNames()).containsExactly("jane@example.org", "j.doe@example.org");
        assertThat(verified.chainPems()).containsExactly(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem());
    }

    @Test
    void shouldRejectAsNamesNotCoveredWhenSmimeMailboxIsMissingOrOnlyADnsName() {
        var order = smime("jane@example.org", "ops@example.org");
        String missing = TestCa.TRUSTED.leaf("Jane Doe").withEmails("jane@example.org").pem();
        String asDnsName = TestCa.TRUSTED.leaf("ops@example.org", "ops@example.org").withEmails("jane@example.org")
                .pem();

        assertThat(assertRejected(missing, TestCa.TRUSTED.chainPems(), order, QuarantineReason.NAMES_NOT_COVERED)
                .detail()).contains("ops@example.org");
        assertRejected(asDnsName, TestCa.TRUSTED.chainPems(), order, QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldNotCountMailboxesWhenOrderIsSsl() {
        String leaf = TestCa.TRUSTED.leaf("Jane Doe").withEmails(DOMAIN).pem();

        assertRejected(leaf, TestCa.TRUSTED.chainPems(), new OrderExpectation(ORDER.publicKeySha256(),
                List.of(DOMAIN)), QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldRejectAsNamesNotCoveredWhenOrderNamesNothing() {
        String leaf = TestCa.TRUSTED.leaf("Jane Doe").withEmails("jane@example.org").pem();

        assertRejected(leaf, TestCa.TRUSTED.chainPems(), smime(), QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldAcceptWhenMultiDomainCertificateCoversEveryDomainNameIncludingWildcard() throws Exception {
        var order = new OrderExpectation(ORDER.publicKeySha256(), List.of("example.com", "*.example.com",
                "shop.example.org"));
        String leaf = TestCa.TRUSTED.leaf("example.com", "example.com", "*.example.com", "shop.example.org").pem();
        String withoutWildcard = TestCa.TRUSTED.leaf("example.com", "example.com", "www.example.com",
                "shop.example.org").pem();

        assertThat(verifier.verify(leaf, TestCa.TRUSTED.chainPems(), order).subjectAlternativeNames()).hasSize(3);
        assertRejected(withoutWildcard, TestCa.TRUSTED.chainPems(), order, QuarantineReason.NAMES_NOT_COVERED);
    }

    @Test
    void shouldStoreChainLeafToRootWhenThreeTierChainArrivesShuffled() throws Exception {
        TestCa deep = TestCa.TRUSTED_DEEP;
        List<String> inOrder = deep.chainPems();
        String leaf = deep.leaf(DOMAIN, DOMAIN, "www." + DOMAIN).pem();

        VerifiedCertificate verified = verifier.verify(leaf, List.of(inOrder.get(2), inOrder.get(0), inOrder.get(1)),
                ORDER);

        assertThat(verified.chainPems()).containsExactlyElementsOf(inOrder);
    }

    private static OrderExpectation smime(String... addresses) {
        return new OrderExpectation(ORDER.publicKeySha256(), List.of(addresses), CertificateType.SMIME);
    }

    private CertificateRejectedException assertRejected(String leaf, List<String> chain, OrderExpectation order,
                                                        QuarantineReason reason) {
        var thrown = assertThrows(CertificateRejectedException.class,
                () -> verifier.verify(leaf, chain, order));
        assertThat(thrown.reason()).isEqualTo(reason);
        assertThat(thrown.detail()).isNotBlank();
        return thrown;
    }
}
