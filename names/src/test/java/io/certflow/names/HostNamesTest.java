package io.certflow.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HostNamesTest {

    @ParameterizedTest
    @CsvSource({
            "bücher.example, xn--bcher-kva.example",
            "BÜCHER.Example, xn--bcher-kva.example",
            "xn--bcher-kva.example, xn--bcher-kva.example",
            "Shop.Example.COM, shop.example.com",
            "例え。テスト, xn--r8jz45g.xn--zckzah",
            "example.co.uk, example.co.uk"})
    void shouldGiveTheLowerCaseALabelFormWhenTheNameIsValid(String name, String ascii) {
        assertThat(HostNames.check(name, false)).isEqualTo(new NameCheck(ascii, null));
    }

    @Test
    void shouldKeepTheWildcardLabelWhenWildcardsAreAllowed() {
        assertThat(HostNames.check("*.bücher.example", true).value()).isEqualTo("*.xn--bcher-kva.example");
        assertThat(HostNames.check("*.example.co.uk", true).value()).isEqualTo("*.example.co.uk");
    }

    @Test
    void shouldRefuseAWildcardWhenWildcardsAreNotAllowed() {
        assertThat(HostNames.check("*.example.com", false).problem()).isEqualTo("is not a fully-qualified domain name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"co.uk", "com", "github.io", "bar.ck"})
    void shouldRefuseTheNameWhenItIsAPublicSuffix(String name) {
        assertThat(HostNames.check(name, true).problem()).startsWith("is a public suffix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.co.uk", "*.com", "*.github.io"})
    void shouldRefuseTheWildcardWhenItsBaseIsAPublicSuffix(String name) {
        assertThat(HostNames.check(name, true).problem()).startsWith("is a wildcard directly under the public suffix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "a..b.com", "example.com.", "-shop.example.com", "shop_1.example.com",
            "*.*.example.com", "sh*p.example.com", "ex ample.com", ""})
    void shouldRefuseTheNameWhenItIsNotAFullyQualifiedDomainName(String name) {
        assertThat(HostNames.check(name, true).problem()).isEqualTo("is not a fully-qualified domain name");
    }

    @Test
    void shouldRefuseTheNameWhenALabelIsLongerThan63Characters() {
        assertThat(HostNames.check("a".repeat(64) + ".example.com", false).isValid()).isFalse();
        assertThat(HostNames.check("a".repeat(63) + ".example.com", false).isValid()).isTrue();
    }

    @Test
    void shouldRefuseTheNameWhenItIsLongerThan253Characters() {
        String label = "a".repeat(60) + ".";
        assertThat(HostNames.check(label.repeat(4) + "example.com", false).isValid()).isFalse();
        assertThat(HostNames.check(label.repeat(3) + "example.com", false).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "2001:db8::1"})
    void shouldRefuseTheNameWhenItIsAnIpAddress(String name) {
        assertThat(HostNames.check(name, false).problem()).isEqualTo("is an IP address; a domain name is required");
    }

    @Test
    void shouldRefuseTheNameWhenItIsAbsent() {
        assertThat(HostNames.check(null, true).isValid()).isFalse();
    }
}
