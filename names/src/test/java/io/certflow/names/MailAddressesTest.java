package io.certflow.names;

import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ops@example.com", "first.last+tag@sub.example.com", "admin@xn--bcher-kva.example",
            "\"quoted local\"@example.com", "a@example.co.uk"})
    void shouldAcceptTheAddressWhenJakartaMailSendsToItAsIs(String address) {
        assertThat(MailAddresses.check(address)).isEqualTo(new NameCheck(address, null));
    }

    @Test
    void shouldRefuseTheAddressWhenTheLocalPartHasTwoDotsInARow() {
        assertThat(MailAddresses.check("a..b@example.com").problem())
                .isEqualTo("is not a valid email address: local address contains dot-dot");
    }

    @Test
    void shouldRefuseTheAddressWhenACommaMakesItTwoRecipients() {
        assertThat(MailAddresses.check("a,b@example.com").problem())
                .isEqualTo("is not a valid email address: it names 2 addresses; exactly one is required");
    }

    @Test
    void shouldRefuseTheAddressWhenAngleBracketsHideAnotherRecipient() {
        assertThat(MailAddresses.check("a<b>@example.com").problem())
                .isEqualTo("is not a valid email address: missing final '@domain'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada <ada@example.com>", "<ada@example.com>", " ada@example.com", "ada@example.com (Ada)"})
    void shouldRefuseTheAddressWhenItIsNotTheBareAddress(String address) {
        assertThat(MailAddresses.check(address).problem()).startsWith("is not a valid email address: give the bare");
    }

    @Test
    void shouldRefuseTheAddressWhenItIsAGroup() {
        assertThat(MailAddresses.check("team: ada@example.com;").problem())
                .isEqualTo("is not a valid email address: it is a group; one mailbox is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@co.uk", "ada@localhost", "ada@[192.0.2.1]", "ada@192.0.2.1"})
    void shouldRefuseTheAddressWhenItsDomainIsNoOrderableHostName(String address) {
        assertThat(MailAddresses.check(address).problem()).startsWith("is not a valid email address: its domain ");
    }

    @Test
    void shouldNameTheALabelsWhenTheDomainIsInternationalised() {
        assertThat(MailAddresses.check("ada@bücher.example").problem()).isEqualTo("is not a valid email address: "
                + "its domain must be given in A-labels (xn--bcher-kva.example); mail is sent without SMTPUTF8");
    }

    @Test
    void shouldRefuseTheAddressWhenTheLocalPartIsNotAscii() {
        assertThat(MailAddresses.check("adä@example.com").problem()).contains("is not ASCII");
    }

    @Test
    void shouldRefuseTheAddressWhenItIsTooLong() {
        assertThat(MailAddresses.check("a".repeat(65) + "@example.com").problem()).contains("longer than 64");
        assertThat(MailAddresses.check("a@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "."
                + "e".repeat(60) + "." + "f".repeat(60) + ".com").problem()).contains("longer than 254");
    }

    @Test
    void shouldRefuseTheAddressWhenItIsEmptyOrAbsent() {
        assertThat(MailAddresses.check("").isValid()).isFalse();
        assertThat(MailAddresses.check(null).isValid()).isFalse();
    }

    @Test
    void shouldGiveOneRecipientWhenTheAddressIsValid() throws AddressException {
        assertThat(MailAddresses.recipient("first.last+tag@sub.example.com").getAddress())
                .isEqualTo("first.last+tag@sub.example.com");
    }

    @Test
    void shouldThrowWhenTheRecipientIsRefused() {
        assertThatThrownBy(() -> MailAddresses.recipient("a,b@example.com")).isInstanceOf(AddressException.class)
                .hasMessageContaining("names 2 addresses");
    }
}
