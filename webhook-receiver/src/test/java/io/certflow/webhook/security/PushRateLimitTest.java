package io.certflow.webhook.security;

import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loopback peer plays a trusted proxy, so each test pushes as an address of its own, resolved
 * exactly as the allowlist resolves it. The bucket refills so slowly that nothing refills during a test.
 */
@MicronautTest(transactional = false)
class PushRateLimitTest extends PushTestContext {

    private static final int BURST = 3;

    @Override
    protected Map<String, String> pushProperties() {
        return Map.of("certflow.webhook.push.allowed-ips", "203.0.113.0/24",
                "certflow.webhook.push.trusted-proxies", "127.0.0.1",
                "certflow.webhook.push.rate.per-second", "0.01",
                "certflow.webhook.push.rate.burst", String.valueOf(BURST));
    }

    @Test
    void shouldAcceptBurstThenAnswer429WithRetryAfterAndStoreNothingWhenAddressExceedsRate() {
        List<Integer> burst = IntStream.range(0, BURST)
                .mapToObj(i -> sectigo().forwardedFor("203.0.113.10").post(PATH, Pushes.revoked().encoded()).statusCode())
                .toList();
        Pushes refused = Pushes.revoked();

        HttpResponse<String> response = sectigo().forwardedFor("203.0.113.10").post(PATH, refused.encoded());

        assertThat(burst).containsOnly(200);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("100");
        assertThat(rows("received_push WHERE sectigo_order_number = '" + refused.orderNumber() + "'")).isZero();
    }

    @Test
    void shouldAcceptPushFromAnotherAddressWhenOneAddressIsOverItsRate() {
        for (int i = 0; i <= BURST; i++) {
            sectigo().forwardedFor("203.0.113.20").get(PATH, Pushes.revoked().encoded());
        }
        Pushes other = Pushes.revoked();

        HttpResponse<String> limited = sectigo().forwardedFor("203.0.113.20").get(PATH, Pushes.revoked().encoded());
        HttpResponse<String> response = sectigo().forwardedFor("203.0.113.21").get(PATH, other.encoded());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows("received_push WHERE sectigo_order_number = '" + other.orderNumber() + "'")).isEqualTo(1);
    }

    @Test
    void shouldCountForgedForwardedEntriesAsTheProxysClientWhenRateIsExceeded() {
        for (int i = 0; i < BURST; i++) {
            sectigo().forwardedFor("198.51.100.1, 203.0.113.30").get(PATH, Pushes.revoked().encoded());
        }

        HttpResponse<String> response = sectigo().forwardedFor("198.51.100.2, 203.0.113.30")
                .get(PATH, Pushes.revoked().encoded());

        assertThat(response.statusCode()).isEqualTo(429);
    }
}
