package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Duration;

import static io.certflow.sandbox.support.SandboxClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** !AutoReplaceSSL, !AutoReplaceSMIME (the text's sample) and !AutoRevokeSSL. */
@MicronautTest
class ReplaceAndRevokeTest extends PushingSandboxTest {

    private String issuedDv(String commonName) {
        String number = autoApply(dv(commonName)).lines().get(1);
        completeValidation(number);
        return number;
    }

    private String issuedSmime() {
        String number = client.post("/products/!PlaceOrder", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "ap", "certflow", "reseller", "N", "emailAddress", "jane@example.org", "1_PPP", "2411",
                "1_smimeEmailAddresses", "jane@example.org", "1_csr", Csrs.rsa("Jane"))).form().get("orderNumber");
        completeValidation(number);
        return number;
    }

    @Test
    void shouldCreateReplacementOrderWithReplNumberWhenSslIsReplaced() {
        pushToListener(true);
        String number = issuedDv("replace.example.com");

        Response response = client.post("/products/!AutoReplaceSSL", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "csr", Csrs.ec("replace.example.com")));

        assertThat(response.body()).isEqualTo("0\n" + number + "repl#1\n");
        completeValidation(number + "repl#1");
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().stream()
                .anyMatch(r -> (number + "repl#1").equals(r.get("orderNumber")) && "issued".equals(r.get("status"))));
        assertThat(listener.received()).anyMatch(r -> number.equals(r.get("orderNumber"))
                && "14".equals(r.get("statusCode")));
        X509Certificate leaf = Certificates.one(listener.received().stream()
                .filter(r -> (number + "repl#1").equals(r.get("orderNumber")) && r.get("certificate") != null)
                .findFirst().orElseThrow().get("certificate"));
        assertThat(leaf.getPublicKey().getEncoded()).isEqualTo(Csrs.EC.getPublic().getEncoded());
    }

    @Test
    void shouldAnswerJsonAndRevokeOldOrderWhenSmimeSampleIsSent() {
        String number = issuedSmime();

        Response response = client.post("/products/!AutoReplaceSMIME", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "csr", Csrs.rsa("Jane Replaced"),
                "responseFormat", "2", "REVOKEOLDORDER", "Y"));

        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"errorCode\":0,\"newOrderNumber\":\"" + number + "repl#1\"}");
        assertThat(client.get("/sandbox/orders/" + number).body()).contains("\"status\":\"REVOKED\"");
    }

    @Test
    void shouldAnswerUrlEncodedNewOrderNumberWhenResponseFormatIs1() {
        String number = issuedSmime();

        Response response = client.post("/products/!AutoReplaceSMIME", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "csr", Csrs.rsa("Jane 2"), "responseFormat", "1"));

        assertThat(response.body()).isEqualTo("errorCode=0&newOrderNumber=" + number + "repl%231");
        assertThat(client.get("/sandbox/orders/" + number).body()).contains("\"status\":\"REPLACED\"");
    }

    @Test
    void shouldAnswerMinus22WhenReplacingCertificateNotIssuedYet() {
        String number = autoApply(dv("notyet.example.com")).lines().get(1);

        Response response = client.post("/products/!AutoReplaceSSL", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "csr", Csrs.rsa("notyet.example.com")));

        assertThat(response.body()).isEqualTo("-22\nThe certificate is currently being issued!\n");
    }

    @Test
    void shouldRevokeAndPushRevokedWhenAutoRevokeSslIsCalled() {
        pushToListener(false);
        String number = issuedDv("revoke.example.com");

        Response response = client.post("/products/!AutoRevokeSSL", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "revocationReason", "keyCompromise"));

        assertThat(response.body()).isEqualTo("errorCode=0");
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().stream()
                .anyMatch(r -> number.equals(r.get("orderNumber")) && "8".equals(r.get("statusCode"))));
        assertThat(client.post("/products/download/CollectSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number, "queryType", "0")).form()).containsEntry("certificateStatus", "Revoked");
    }

    @Test
    void shouldAnswerMinus20WhenRevokedCertificateIsRevokedOrReplacedAgain() {
        String number = issuedDv("again.example.com");
        client.post("/products/!AutoRevokeSSL", form("loginName", LOGIN, "loginPassword", PASSWORD,
                "orderNumber", number));

        Response revoke = client.post("/products/!AutoRevokeSSL", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number));
        Response replace = client.post("/products/!AutoReplaceSSL", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", number, "csr", Csrs.rsa("again.example.com")));

        assertThat(revoke.body()).isEqualTo("errorCode=-20&errorMessage=The+Certificate+has+been+Revoked%21");
        assertThat(replace.lines().get(0)).isEqualTo("-20");
    }

    @Test
    void shouldUseTheTextsWordingWhenSmimeReplacementHasUnknownArgument() {
        Response response = client.post("/products/!AutoReplaceSMIME", form("loginName", LOGIN,
                "loginPassword", PASSWORD, "orderNumber", "1", "colour", "red", "responseFormat", "1"));

        assertThat(response.body()).isEqualTo("errorCode=-2&errorMessage=Unrecognized+argument%21");
    }

    @Test
    void shouldAnswerMinus17WhenReplaceIsCalledWithGet() {
        assertThat(client.get("/products/!AutoReplaceSMIME").body())
                .isEqualTo("-17\nRequest used GET rather than POST!\n");
    }
}
