package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.certflow.sandbox.support.SandboxClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What CollectSSL reports in every state an order can reach (the gateway's backstop for lost
 * pushes), and S/MIME orders collected with smimePush off.
 */
@MicronautTest
class CollectSslStatesTest extends PushingSandboxTest {

    private static final String COLLECT = "/products/download/CollectSSL";
    @BeforeEach
    void pointPushesAtListener() {
        pushToListener(false);
    }

    private Map<String, String> collect(String orderNumber) {
        return client.post(COLLECT, form("loginName", LOGIN, "loginPassword", PASSWORD, "orderNumber", orderNumber,
                "queryType", "1")).form();
    }

    private String issued(String commonName) {
        String number = autoApply(dv(commonName)).lines().get(1);
        completeValidation(number);
        return number;
    }

    @Test
    void shouldReportAwaitingValidationWithoutCertificateWhenOrderIsPending() {
        assertThat(collect(autoApply(dv("pending.example.com")).lines().get(1)))
                .containsEntry("errorCode", "0").containsEntry("certificateStatus", "Awaiting Validation")
                .doesNotContainKeys("certificate", "notBefore");
    }

    @Test
    void shouldReportAwaitingValidationWhenOvOrderWaitsForCallback() {
        setSettings("{\"manualCallback\":true}");
        String number = autoApply(ovMultiDomainRequest(Csrs.ec("callback.sectigo.com"))).lines().get(1);
        completeValidation(number);

        assertThat(collect(number)).containsEntry("errorCode", "0")
                .containsEntry("certificateStatus", "Awaiting Validation").doesNotContainKey("certificate");
    }

    @Test
    void shouldReportFailedWithoutCertificateWhenOrderFailed() {
        String number = autoApply(dv("failed.example.com")).lines().get(1);
        orderAction(number, "fail?stage=post");

        assertThat(collect(number)).containsEntry("errorCode", "0").containsEntry("certificateStatus", "Failed")
                .doesNotContainKey("certificate");
    }

    @Test
    void shouldReportRejectedWithoutCertificateWhenOrderWasRejected() {
        String number = autoApply(dv("rejected.example.com")).lines().get(1);
        orderAction(number, "reject?reason=fraud");

        assertThat(collect(number)).containsEntry("errorCode", "0").containsEntry("certificateStatus", "Rejected")
                .doesNotContainKey("certificate");
    }

    @Test
    void shouldReportValidWithCertificateWhenOrderIsIssued() {
        assertThat(collect(issued("valid.example.com"))).containsEntry("errorCode", "2")
                .containsEntry("certificateStatus", "Valid").containsKeys("certificate", "notAfter");
    }

    @Test
    void shouldReportRevokedWithTheCertificateWhenOrderWasRevoked() {
        String number = issued("revoked.example.com");
        client.post("/products/!AutoRevokeSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number));

        assertThat(collect(number)).containsEntry("errorCode", "2").containsEntry("certificateStatus", "Revoked")
                .containsKey("certificate");
    }

    @Test
    void shouldReportReplacedOnOldOrderAndPendingOnReplacementWhenSslIsReplaced() {
        String number = issued("replaced.example.com");
        client.post("/products/!AutoReplaceSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number, "csr", Csrs.ec("replaced.example.com")));

        assertThat(collect(number)).containsEntry("errorCode", "2").containsEntry("certificateStatus", "Replaced");
        assertThat(collect(number + "repl#1")).containsEntry("errorCode", "0")
                .containsEntry("certificateStatus", "Awaiting Validation");
    }

    @Test
    void shouldCollectSmimeCertificateWithoutAnyPushWhenSmimePushIsOff() throws Exception {
        setSettings("{\"smimePush\":false}");
        String number = placeSmime("quiet@example.org");
        completeValidation(number);

        Response response = client.post(COLLECT, form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number, "queryType", "1"));

        assertThat(response.form()).containsEntry("errorCode", "2").containsEntry("certificateStatus", "Valid");
        assertThat(Certificates.subjectAlternativeNames(Certificates.one(response.form().get("certificate"))))
                .containsExactly("quiet@example.org");
        String dv = issued("stillpushed.example.com");
        listener.await(dv, "issued");
        assertThat(listener.statuses(number)).isEmpty();
        assertThat(client.get("/sandbox/pushes").body()).doesNotContain("\"orderNumber\":\"" + number + "\"");
    }

    @Test
    void shouldPushSmimeIssuedByDefault() {
        String number = placeSmime("loud@example.org");
        completeValidation(number);

        assertThat(listener.await(number, "issued").get("eventType")).isEqualTo("issued");
        assertThat(client.get("/sandbox/settings").body()).contains("\"smimePush\":true");
    }
}
