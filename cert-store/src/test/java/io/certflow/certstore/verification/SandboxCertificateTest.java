package io.certflow.certstore.verification;

import io.certflow.certstore.support.Sandbox;
import io.certflow.certstore.support.TestCsrs;
import io.certflow.certstore.support.TestKeys;
import io.certflow.events.CertificateType;
import io.certflow.events.QuarantineReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Certificates the sandbox's own CA issues, verified against its root fetched as TRUST_ANCHOR_URL would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxCertificateTest {

    private static final String DOMAIN = "shop.example.com";
    private static final String MAILBOX = "jane@example.org";
    private static final String SECOND_MAILBOX = "j.doe@example.org";

    private Sandbox sandbox;
    private CertificateVerifier verifier;
    private Sandbox.Collected collected;
    private Sandbox.Collected smime;

    @BeforeAll
    void issueOne() {
        sandbox = new Sandbox();
        TrustAnchors anchors = new TrustAnchorFactory().trustAnchors(new TrustAnchorProperties(null, sandbox.rootUrl()));
        verifier = new CertificateVerifier(anchors, Clock.systemUTC());
        collected = sandbox.issue(TestCsrs.forCustomer(DOMAIN));
        smime = sandbox.issueSmime(TestCsrs.forCustomer("Jane Doe"), MAILBOX, SECOND_MAILBOX);
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void shouldAcceptWhenSandboxIssuedForTheOrder() throws Exception {
        VerifiedCertificate verified = verifier.verify(collected.certificatePem(),
                List.of(collected.caCertificatePems().get(1), collected.caCertificatePems().get(0)), expectation());

        assertThat(verified.subjectAlternativeNames()).contains(DOMAIN, "www." + DOMAIN);
        assertThat(verified.issuer()).contains("certflow Sectigo Sandbox Issuing CA");
        assertThat(verified.chainPems()).hasSize(2);
        assertThat(verified.chainPems().get(0)).isEqualTo(Pem.encode(
                Pem.certificates(collected.caCertificatePems().get(0), "intermediate").get(0)));
    }

    @Test
    void shouldRejectAsKeyMismatchWhenOrderHadAnotherKey() {
        var otherKey = new OrderExpectation(TestKeys.sha256(TestKeys.STRANGER), List.of(DOMAIN));

        var rejected = assertThrows(CertificateRejectedException.class,
                () -> verifier.verify(collected.certificatePem(), collected.caCertificatePems(), otherKey));

        assertThat(rejected.reason()).isEqualTo(QuarantineReason.KEY_MISMATCH);
    }

    @Test
    void shouldAcceptWhenSandboxIssuedSmimeCertificateForTheOrderedMailboxes() throws Exception {
        var order = new OrderExpectation(TestKeys.sha256(TestKeys.CUSTOMER), List.of(MAILBOX, SECOND_MAILBOX),
                CertificateType.SMIME);

        VerifiedCertificate verified = verifier.verify(smime.certificatePem(), smime.caCertificatePems(), order);

        assertThat(verified.subjectAlternativeNames()).containsExactly(MAILBOX, SECOND_MAILBOX);
        assertThat(verified.chainPems()).hasSize(2);
    }

    @Test
    void shouldRejectAsNamesNotCoveredWhenSmimeOrderHadAnotherMailbox() {
        var order = new OrderExpectation(TestKeys.sha256(TestKeys.CUSTOMER),
                List.of(MAILBOX, "someone.else@example.org"), CertificateType.SMIME);

        var rejected = assertThrows(CertificateRejectedException.class,
                () -> verifier.verify(smime.certificatePem(), smime.caCertificatePems(), order));

        assertThat(rejected.reason()).isEqualTo(QuarantineReason.NAMES_NOT_COVERED);
    }

    private static OrderExpectation expectation() {
        return new OrderExpectation(TestKeys.sha256(TestKeys.CUSTOMER), List.of(DOMAIN, "www." + DOMAIN));
    }
}
