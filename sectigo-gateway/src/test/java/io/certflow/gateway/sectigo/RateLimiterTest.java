package io.certflow.gateway.sectigo;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private static SectigoProperties perSecond(double rate) {
        return new SectigoProperties("http://sectigo", "login", "secret", false, "none", rate, Duration.ofSeconds(5),
                "USD");
    }

    @Test
    void shouldHoldCallsBackToTheConfiguredRateWhenTheBurstIsSpent() {
        RateLimiter limiter = new RateLimiter(perSecond(20));
        long started = System.nanoTime();

        for (int i = 0; i < 30; i++) {
            limiter.acquire();
        }

        // 20 tokens at once, the next 10 at 20 per second: at least half a second, whatever the load.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void shouldRefuseARateThatIsNotPositiveWhenConfigured() {
        assertThatThrownBy(() -> new RateLimiter(perSecond(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sectigo.calls-per-second");
    }
}
