package io.certflow.webhook.security;

import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sectigo's real allowlist; the tests' loopback peer is neither allowed nor a trusted proxy. */
@MicronautTest(transactional = false)
class PushAllowlistTest extends PushTestContext {

    @Override
    protected Map<String, String> pushProperties() {
        return Map.of("certflow.webhook.push.allowed-ips", "91.199.212.132",
                "certflow.webhook.push.trusted-proxies", "10.9.9.9");
    }

    @Test
    void shouldForbidAndStoreNothingWhenSourceAddressIsNotAllowed() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingStored(push);
    }

    @Test
    void shouldIgnoreForwardedForWhenPeerIsNotTrustedProxy() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().forwardedFor("91.199.212.132").post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingStored(push);
    }

    @Test
    void shouldForbidBeforeCheckingCredentialsWhenSourceAddressIsNotAllowed() {
        HttpResponse<String> response = sectigo().anonymous().get(PATH, Pushes.revoked().encoded());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private void assertNothingStored(Pushes push) {
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isZero();
        assertThat(rows("messaging_outbox WHERE record_key = '" + push.orderNumber() + "'")).isZero();
    }
}
