package io.certflow.sandbox;

import io.certflow.sandbox.support.Certificates;
import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The /sandbox inspection and control API. */
@MicronautTest
class ControlApiTest extends SandboxTest {

    @Test
    void shouldRecordCallsWithPasswordRedacted() {
        autoApply(dv("calls.example.com"));

        String calls = client.get("/sandbox/calls").body();

        assertThat(calls).contains("\"endpoint\":\"!AutoApplyOrder\"", "\"loginPassword\":\"****\"",
                "\"errorCode\":0").doesNotContain(PASSWORD);
    }

    @Test
    void shouldShowAccountsWithoutPasswords() {
        setAccount("{\"pushUrl\":\"http://localhost:1/push\",\"pushUsername\":\"u\",\"pushPassword\":\"p4ss\"}");

        String accounts = client.get("/sandbox/accounts").body();

        assertThat(accounts).contains("\"loginName\":\"" + LOGIN + "\"", "\"pushPassword\":\"****\"")
                .doesNotContain(PASSWORD, "p4ss");
    }

    @Test
    void shouldCreateSecondAccountWhenPutToNewLogin() {
        client.json("PUT", "/sandbox/accounts/other", "{\"password\":\"other-pw\",\"balance\":5}");

        String response = autoApply(io.certflow.sandbox.support.SandboxClient.with(dv("second.example.com"),
                "loginName", "other", "loginPassword", "other-pw")).body();

        assertThat(response).isEqualTo("-15\nNot enough credit!\n");
    }

    @Test
    void shouldForgetOrdersAndRestoreBalanceWhenReset() {
        autoApply(dv("reset.example.com"));

        client.post("/sandbox/reset", Map.of());

        assertThat(client.get("/sandbox/orders").body()).isEqualTo("[]");
        assertThat(client.get("/sandbox/calls").body()).isEqualTo("[]");
        assertThat(client.get("/sandbox/accounts/" + LOGIN).body()).contains("\"balance\":100000");
    }

    @Test
    void shouldCompleteEveryWaitingOrderWhenAskedForAll() {
        autoApply(dv("all1.example.com"));
        autoApply(dv("all2.example.com"));

        client.post("/sandbox/orders/complete-validation", Map.of());

        assertThat(client.get("/sandbox/orders?status=ISSUED").body()).contains("all1.example.com",
                "all2.example.com");
    }

    @Test
    void shouldServeRootAndChainPemWhenAsked() throws Exception {
        X509Certificate root = Certificates.one(client.get("/sandbox/ca/root.pem").body());
        List<X509Certificate> chain = Certificates.parse(client.get("/sandbox/ca/chain.pem").body());

        assertThat(chain).hasSize(2);
        root.verify(root.getPublicKey());
        chain.get(0).verify(root.getPublicKey());
        assertThat(chain.get(0).getBasicConstraints()).isZero();
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldShowSettingsProductsAndCompromisedKeys() {
        client.json("POST", "/sandbox/compromised-keys", "{\"sha256\":\"" + "ab".repeat(32) + "\"}");

        assertThat(client.get("/sandbox/settings").body()).contains("\"autoValidate\":false");
        assertThat(client.get("/sandbox/products").body()).contains("\"code\":488", "\"code\":2411");
        assertThat(client.get("/sandbox/compromised-keys").body()).contains("ab".repeat(32));
    }

    @Test
    void shouldShowCallbackPushAndCaaSwitchesWithTodaysDefaultsAndChangeThem() {
        assertThat(client.get("/sandbox/settings").body()).contains("\"manualCallback\":false",
                "\"smimePush\":true", "\"caaDeniedDomains\":[]");

        setSettings("{\"caaDeniedDomains\":[\"*.Blocked.Example\"],\"smimePush\":false}");

        assertThat(client.get("/sandbox/settings").body()).contains("\"caaDeniedDomains\":[\"blocked.example\"]",
                "\"smimePush\":false", "\"manualCallback\":false");
    }

    @Test
    void shouldAnswer404WhenEndpointIsUnknown() {
        assertThat(client.post("/products/!DecodeCSR", Map.of()).status()).isEqualTo(404);
    }
}
