package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushListener.Received;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.certflow.sandbox.support.SandboxClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DV, OV multi-domain and S/MIME orders through validation to a real certificate, received by push
 * on a real HTTP listener and verified with Bouncy Castle against the sandbox root.
 */
@MicronautTest
class LifecycleAndPushTest extends PushingSandboxTest {

    private X509Certificate root;

    @BeforeEach
    void pointPushesAtListener() {
        listener.clear();
        root = Certificates.one(client.get("/sandbox/ca/root.pem").body());
    }

    private void pushWithCertificate() {
        setAccount("{\"pushUrl\":\"" + listener.url() + "\",\"certificatePush\":true,"
                + "\"pushUsername\":\"sectigo\",\"pushPassword\":\"push-secret\"}");
    }

    private Received awaitPush(String orderNumber, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> find(orderNumber, status) != null);
        return find(orderNumber, status);
    }

    private static Received find(String orderNumber, String status) {
        return listener.received().stream().filter(r -> orderNumber.equals(r.get("orderNumber"))
                && status.equals(r.get("status"))).findFirst().orElse(null);
    }

    private X509Certificate verifiedLeaf(Received push) throws Exception {
        X509Certificate leaf = Certificates.one(push.get("certificate"));
        List<X509Certificate> chain = Certificates.parse(push.get("caCertificate"));
        Certificates.verifyChain(leaf, chain, root);
        X509CertificateHolder holder = new JcaX509CertificateHolder(leaf);
        assertThat(holder.isSignatureValid(new JcaContentVerifierProviderBuilder().build(chain.get(0)))).isTrue();
        return leaf;
    }

    @Test
    void shouldPushIssuedDvCertificateByPostWithBasicAuthWhenValidationCompletes() throws Exception {
        pushWithCertificate();
        String number = autoApply(dvRequest(Csrs.rsa("sectigo.com"))).lines().get(1);

        completeValidation(number);
        Received push = awaitPush(number, "issued");

        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("sectigo:push-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(push.parameters()).containsEntry("statusCode", "6").containsEntry("statusDesc", "Valid")
                .containsKeys("certificateID", "certificate", "caCertificate");
        X509Certificate leaf = verifiedLeaf(push);
        assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(Csrs.RSA.getPublic().getEncoded());
        assertThat(Certificates.subjectAlternativeNames(leaf)).containsExactly("sectigo.com", "www.sectigo.com");
        assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=sectigo.com");
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(leaf.getNotAfter().getTime() - leaf.getNotBefore().getTime())
                .isBetween(Duration.ofDays(365).toMillis(), Duration.ofDays(365).plusMinutes(6).toMillis());
    }

    @Test
    void shouldPushVerifiedWithCodeThenIssuedWhenOvMultiDomainOrderIsValidated() throws Exception {
        pushWithCertificate();
        String number = autoApply(ovMultiDomainRequest(Csrs.ec("sectigo.com"))).lines().get(1);

        completeValidation(number);
        Received verified = awaitPush(number, "verified");
        Received issued = awaitPush(number, "issued");

        assertThat(verified.get("verificationCode")).matches("[A-Za-z0-9]{16}");
        assertThat(verified.get("statusDesc")).isEqualTo("Phone number verified");
        assertThat(listener.received().indexOf(verified)).isLessThan(listener.received().indexOf(issued));
        X509Certificate leaf = verifiedLeaf(issued);
        assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(Csrs.EC.getPublic().getEncoded());
        assertThat(Certificates.subjectAlternativeNames(leaf))
                .containsExactlyInAnyOrder("sectigo.com", "www.sectigo.com", "secure.sectigo.com");
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=Sectigo", "C=US", "CN=sectigo.com");
        assertThat(leaf.getNotAfter().getTime() - leaf.getNotBefore().getTime())
                .isGreaterThanOrEqualTo(Duration.ofDays(730).toMillis());
    }

    @Test
    void shouldPushClickThroughBeforeVerifiedWhenOrderIsEv() {
        pushWithCertificate();
        String number = autoApply(form("loginName", LOGIN, "loginPassword", PASSWORD, "isCustomerValidated", "N",
                "serverSoftware", "-1", "days", "365", "product", "562", "appRepEmailAddress", "rep@sectigo.com",
                "organizationName", "Sectigo", "countryName", "US", "joiCountryName", "US",
                "csr", Csrs.rsa("ev.sectigo.com"))).lines().get(1);

        completeValidation(number);

        assertThat(awaitPush(number, "click-through").get("statusDesc")).isEqualTo("EV click-through e-mail sent");
        assertThat(awaitPush(number, "issued").get("certificate")).contains("BEGIN CERTIFICATE");
    }

    @Test
    void shouldPushIssuedSmimeCertificateWithEmailAddressesWhenMailboxValidationCompletes() throws Exception {
        pushWithCertificate();
        Response placed = client.post("/products/!PlaceOrder", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "ap", "certflow", "reseller", "N", "emailAddress", "jane@example.org", "1_PPP", "2411",
                "1_smimeEmailAddresses", "jane@example.org,j.doe@example.org", "1_csr", Csrs.rsa("Jane Doe")));
        String number = placed.form().get("orderNumber");

        completeValidation(number);
        Received push = awaitPush(number, "issued");

        assertThat(push.get("eventType")).isEqualTo("issued");
        X509Certificate leaf = verifiedLeaf(push);
        assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(Csrs.RSA.getPublic().getEncoded());
        assertThat(Certificates.subjectAlternativeNames(leaf))
                .containsExactly("jane@example.org", "j.doe@example.org");
        assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4");
    }

    @Test
    void shouldPushByGetWithoutCertificateWhenCertificatePushIsOff() {
        setAccount("{\"pushUrl\":\"" + listener.url() + "\",\"certificatePush\":false}");
        String number = autoApply(dvRequest(Csrs.rsa("get.sectigo.com"))).lines().get(1);

        completeValidation(number);
        Received push = awaitPush(number, "issued");

        assertThat(push.method()).isEqualTo("GET");
        assertThat(push.authorization()).isNull();
        assertThat(push.parameters()).containsOnlyKeys("orderNumber", "certificateID", "status", "statusCode",
                "statusDesc");
        assertThat(push.parameters()).containsEntry("statusCode", "9")
                .containsEntry("statusDesc", "Issued but not yet collected");
    }

    @Test
    void shouldRecordFailureAfterThreeAttemptsWhenReceiverKeepsFailing() {
        pushWithCertificate();
        listener.failNext(3);
        String number = autoApply(dvRequest(Csrs.rsa("fail.sectigo.com"))).lines().get(1);

        completeValidation(number);

        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/sandbox/pushes").body().contains("FAILED"));
        assertThat(listener.received()).hasSize(3);
        assertThat(client.get("/sandbox/pushes").body()).contains("\"httpStatus\":500");
    }

    @Test
    void shouldDeliverOnSecondAttemptWhenReceiverFailsOnce() {
        pushWithCertificate();
        listener.failNext(1);
        String number = autoApply(dvRequest(Csrs.rsa("retry.sectigo.com"))).lines().get(1);

        completeValidation(number);

        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/sandbox/pushes").body().contains("DELIVERED"));
        assertThat(listener.received()).hasSize(2);
    }

    @Test
    void shouldIssueOnItsOwnWhenValidationDelayPasses() {
        pushWithCertificate();
        setSettings("{\"autoValidate\":true,\"validationDelayMs\":50}");

        String number = autoApply(dvRequest(Csrs.rsa("auto.sectigo.com"))).lines().get(1);

        assertThat(awaitPush(number, "issued").get("certificate")).contains("BEGIN CERTIFICATE");
    }

    @Test
    void shouldAnswerConflictWhenValidationIsCompletedTwice() {
        String number = autoApply(dvRequest(Csrs.rsa("twice.sectigo.com"))).lines().get(1);
        completeValidation(number);

        assertThat(completeValidation(number).status()).isEqualTo(409);
    }

    @Test
    void shouldPushRejectedWhenControlApiRejectsOrder() {
        pushWithCertificate();
        String number = autoApply(dvRequest(Csrs.rsa("reject.sectigo.com"))).lines().get(1);

        client.post("/sandbox/orders/" + number + "/reject?reason=CAA", Map.of());

        Received push = awaitPush(number, "rejected");
        assertThat(push.get("statusCode")).isEqualTo("7");
        assertThat(push.get("statusDesc")).isEqualTo("Rejected: CAA");
    }
}
