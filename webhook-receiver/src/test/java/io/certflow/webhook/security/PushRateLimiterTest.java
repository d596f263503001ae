package io.certflow.webhook.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final PushRateLimiter limiter = new PushRateLimiter(new PushRateProperties(2, 3), nanos::get);

    @Test
    void shouldAdmitBurstThenAskToWaitForOneTokenWhenBucketIsEmpty() {
        InetAddress client = address(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(client)).isEmpty();
        }

        assertThat(limiter.acquire(client)).hasValue(Duration.ofMillis(500));
    }

    @Test
    void shouldAdmitAgainWhenBucketHasRefilled() {
        InetAddress client = address(1);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(client);
        }

        nanos.addAndGet(Duration.ofMillis(500).toNanos());

        assertThat(limiter.acquire(client)).isEmpty();
        assertThat(limiter.acquire(client)).isPresent();
    }

    @Test
    void shouldKeepBucketsApartWhenAddressesDiffer() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(address(1));
        }

        assertThat(limiter.acquire(address(1))).isPresent();
        assertThat(limiter.acquire(address(2))).isEmpty();
    }

    @Test
    void shouldDropIdleAddressesWhenTableIsFull() {
        fill();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(limiter.acquire(address(PushRateLimiter.MAX_ADDRESSES + 1))).isEmpty();
        assertThat(limiter.trackedAddresses()).isEqualTo(1);
    }

    @Test
    void shouldRefuseNewAddressAndKeepActiveOnesWhenTableIsFullOfActiveAddresses() {
        fill();

        assertThat(limiter.acquire(address(PushRateLimiter.MAX_ADDRESSES + 1))).isPresent();
        assertThat(limiter.trackedAddresses()).isEqualTo(PushRateLimiter.MAX_ADDRESSES);
        assertThat(limiter.acquire(address(0))).isEmpty();
    }

    @Test
    void shouldRefuseToStartWhenRateIsNotPositive() {
        assertThatThrownBy(() -> new PushRateProperties(0, 3)).hasMessageContaining("PUSH_RATE_PER_SECOND");
        assertThatThrownBy(() -> new PushRateProperties(1, 0)).hasMessageContaining("PUSH_RATE_BURST");
    }

    private void fill() {
        for (int i = 0; i < PushRateLimiter.MAX_ADDRESSES; i++) {
            limiter.acquire(address(i));
        }
    }

    private static InetAddress address(int n) {
        try {
            return InetAddress.getByAddress(new byte[] {10, (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
