package io.certflow.gateway.sectigo;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateType;
import io.certflow.events.Dcv;
import io.certflow.events.DcvMethod;
import io.certflow.events.FailureReason;
import io.certflow.events.RevocationReason;
import io.certflow.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Replacement, revocation and collection parameters and answers, without Sectigo. */
class LifecycleRequestsTest {

    private static final UUID ORDER_ID = UUID.fromString("3f0c6d52-8a1e-4f4b-9c2d-5b7e1a9d4c21");

    @Test
    void shouldReplaceAnSslOrderWithTheNewCsrAndItsOwnRequestToken() {
        var order = OrderFixtures.dv(OrderFixtures.GOLDEN_CSR, Dcv.email("admin@shop.example.com"));

        Map<String, String> p = ReplaceRequest.parameters(ORDER_ID, order, "1234567", true);

        assertThat(ReplaceRequest.endpoint(order)).isEqualTo("!AutoReplaceSSL");
        assertThat(p).containsEntry("orderNumber", "1234567").containsEntry("csr", OrderFixtures.GOLDEN_CSR)
                .containsEntry("serverSoftware", "-1").containsEntry("dcvMethod", "EMAIL")
                .containsEntry("dcvEmailAddress", "admin@shop.example.com")
                .containsEntry("uniqueValue", "3f0c6d528a1e4f4b9c2d").containsEntry("responseFormat", "1")
                .doesNotContainKeys("revokeOldOrder", "domainNames", "foreignOrderNumber");
    }

    @Test
    void shouldAskToRevokeTheOldCertificateWhenAnSmimeReplacementSaysSo() {
        var order = OrderFixtures.smime(2411);

        assertThat(ReplaceRequest.endpoint(order)).isEqualTo("!AutoReplaceSMIME");
        assertThat(ReplaceRequest.parameters(ORDER_ID, order, "7654321", true)).containsEntry("revokeOldOrder", "Y")
                .doesNotContainKeys("serverSoftware", "dcvMethod", "uniqueValue");
        assertThat(ReplaceRequest.parameters(ORDER_ID, order, "7654321", false)).containsEntry("revokeOldOrder", "N");
    }

    @Test
    void shouldSendOneMethodForAllNamesWhenAMultiDomainOrderIsReplaced() {
        var order = OrderFixtures.ovMultiDomain(Dcv.of(DcvMethod.CNAME_CSR_HASH));

        assertThat(order.type()).isEqualTo(CertificateType.SSL);
        assertThat(ReplaceRequest.parameters(ORDER_ID, order, "1", false)).containsEntry("dcvMethod", "CNAME_CSR_HASH")
                .doesNotContainKeys("dcvEmailAddress", "dcvEmailAddresses");
    }

    @Test
    void shouldGiveTheRfc5280ReasonAndTheCommentWhenRevoking() {
        assertThat(SectigoRevocations.reasonText(RevocationReason.KEY_COMPROMISE, " key leaked ")).isEqualTo(
                "keyCompromise: key leaked");
        assertThat(SectigoRevocations.reasonText(RevocationReason.CESSATION_OF_OPERATION, null))
                .isEqualTo("cessationOfOperation");
        assertThat(SectigoRevocations.reasonText(RevocationReason.SUPERSEDED, "x".repeat(400))).hasSize(256);
    }

    @Test
    void shouldMapCollectedStatesToCertflowStatusesWhenSectigoAnswers() {
        assertThat(SectigoCollector.status("Valid")).isEqualTo(CertificateStatus.ISSUED);
        assertThat(SectigoCollector.status("Revoked")).isEqualTo(CertificateStatus.REVOKED);
        assertThat(SectigoCollector.status("Replaced")).isEqualTo(CertificateStatus.REPLACED);
        assertThat(SectigoCollector.status("Rejected")).isEqualTo(CertificateStatus.REJECTED);
        assertThat(SectigoCollector.status("Failed")).isEqualTo(CertificateStatus.FAILED);
        assertThat(SectigoCollector.status("Awaiting Validation")).isNull();
        assertThat(SectigoCollector.status("Awaiting Authorization")).isNull();
        assertThat(SectigoCollector.status(null)).isNull();
    }

    @Test
    void shouldKeepEveryRepeatedValueWhenDecodingCollectedCertificates() {
        FormAnswer answer = FormAnswer.parse(
                "errorCode=2&certificate=LEAF&caCertificate=INTERMEDIATE&caCertificate=ROOT&a=1&a=2\n");

        assertThat(answer.all("caCertificate")).containsExactly("INTERMEDIATE", "ROOT");
        assertThat(answer.first("a")).isEqualTo("1");
    }

    @Test
    void shouldKeepAPemAsSentWhenDecodingAnAnswer() {
        FormAnswer answer = FormAnswer.parse("errorCode=2&certificate=-----BEGIN+CERTIFICATE-----%0AMII%2B%3B%0A"
                + "&errorMessage=a%3Bb+c");

        assertThat(answer.asSent("certificate")).isEqualTo("-----BEGIN CERTIFICATE-----\nMII+;\n");
        assertThat(answer.first("errorMessage")).isEqualTo("a;b c");
    }

    @Test
    void shouldNameTheItemAtFaultWhenPlaceOrderRefusesAnArgument() {
        SectigoError missing = ErrorClassifier.classify(-3, "The '1_csr' argument is missing!", "1_csr");
        SectigoError company = ErrorClassifier.classify(-62, "Company name is required but missing.", null);
        SectigoError email = ErrorClassifier.classify(-70, "Invalid Email Address!", "1_smimeEmailAddresses");

        assertThat(missing.field()).isEqualTo("csr");
        assertThat(company.reason()).isEqualTo(FailureReason.INVALID_REQUEST);
        assertThat(company.field()).isEqualTo("organization.organizationName");
        assertThat(email.field()).isEqualTo("smime.emailAddresses");
        assertThat(email.kind()).isEqualTo(ErrorKind.PERMANENT);
    }
}
