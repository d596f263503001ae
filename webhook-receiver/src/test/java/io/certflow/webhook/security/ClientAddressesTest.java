package io.certflow.webhook.security;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    private final ClientAddresses clients = new ClientAddresses(IpRanges.parse(List.of("10.0.0.0/8", "192.0.2.1")));

    @Test
    void shouldMatchAddressesWhenRangeIsCidr() {
        IpRange range = IpRange.parse("91.199.212.0/23");

        assertThat(range.contains(address("91.199.213.255"))).isTrue();
        assertThat(range.contains(address("91.199.214.0"))).isFalse();
        assertThat(IpRange.parse("2001:db8::/32").contains(address("2001:db8:1::5"))).isTrue();
        assertThat(IpRange.parse("91.199.212.132").contains(address("91.199.212.133"))).isFalse();
    }

    @Test
    void shouldRejectConfigurationWhenEntryIsNotAnAddress() {
        assertThatThrownBy(() -> IpRange.parse("sectigo.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldIgnoreForwardedForWhenPeerIsNotTrusted() {
        assertThat(clients.resolve(address("203.0.113.9"), List.of("91.199.212.132")))
                .isEqualTo(address("203.0.113.9"));
    }

    @Test
    void shouldTakeRightmostUntrustedEntryWhenPeerIsTrusted() {
        assertThat(clients.resolve(address("192.0.2.1"), List.of("1.2.3.4, 91.199.212.132", "10.1.1.1:8443")))
                .isEqualTo(address("91.199.212.132"));
    }

    @Test
    void shouldAnswerNothingWhenBelievedEntryIsNotAnAddress() {
        assertThat(clients.resolve(address("192.0.2.1"), List.of("unknown"))).isNull();
    }

    @Test
    void shouldKeepPeerWhenTrustedProxyForwardsNothing() {
        assertThat(clients.resolve(address("10.0.0.7"), List.of())).isEqualTo(address("10.0.0.7"));
    }

    private static InetAddress address(String literal) {
        return IpRange.literal(literal);
    }
}
