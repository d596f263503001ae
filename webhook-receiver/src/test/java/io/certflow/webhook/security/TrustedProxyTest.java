package io.certflow.webhook.security;

import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' loopback peer plays a trusted reverse proxy in front of the receiver. */
@MicronautTest(transactional = false)
class TrustedProxyTest extends PushTestContext {

    @Override
    protected Map<String, String> pushProperties() {
        return Map.of("certflow.webhook.push.allowed-ips", "91.199.212.0/24",
                "certflow.webhook.push.trusted-proxies", "127.0.0.1,10.0.0.0/8");
    }

    @Test
    void shouldAcceptWhenTrustedProxyForwardsAllowedAddress() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().forwardedFor("91.199.212.132").post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isEqualTo(1);
    }

    @Test
    void shouldUseRightmostUntrustedEntryWhenChainPassesSeveralProxies() {
        Pushes forged = Pushes.revoked();
        Pushes relayed = Pushes.revoked();

        HttpResponse<String> forgedResponse = sectigo().forwardedFor("91.199.212.132, 203.0.113.7")
                .post(PATH, forged.encoded());
        HttpResponse<String> relayedResponse = sectigo().forwardedFor("203.0.113.7, 91.199.212.132, 10.1.2.3")
                .post(PATH, relayed.encoded());

        assertThat(forgedResponse.statusCode()).isEqualTo(403);
        assertThat(relayedResponse.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + forged.orderNumber() + "'")).isZero();
    }

    @Test
    void shouldForbidWhenTrustedProxyForwardsNothing() {
        HttpResponse<String> response = sectigo().post(PATH, Pushes.revoked().encoded());

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
