package io.certflow.sandbox;

import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.certflow.sandbox.support.SandboxTest;
import io.certflow.testkit.http.Forms;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.certflow.sandbox.support.SandboxClient.with;
import static io.certflow.sandbox.support.SandboxClient.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Every error code of !AutoApplyOrder that the sandbox simulates, reached by a request. */
@MicronautTest
class AutoApplyOrderErrorsTest extends SandboxTest {

    private static void assertError(Response response, int code, String message) {
        assertThat(response.body()).isEqualTo(code + "\n" + message + "\n");
    }

    @Test
    void shouldAnswerMinus1WhenHttpsIsRequiredAndRequestIsPlainHttp() {
        setSettings("{\"requireHttps\":true}");

        assertError(autoApply(dv("https.example.com")), -1, "Request was not made over https!");
    }

    @Test
    void shouldAcceptForwardedHttpsWhenHttpsIsRequired() {
        setSettings("{\"requireHttps\":true}");

        Response response = client.post(AUTO_APPLY, Forms.encode(
                dv("proxied.example.com")), Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerMinus2WhenArgumentIsUnknown() {
        assertError(autoApply(with(dv("unknown.example.com"), "colour", "blue")), -2,
                "'colour' is an unrecognised argument!");
    }

    @ParameterizedTest
    @CsvSource({"loginName", "loginPassword", "product", "days", "serverSoftware", "csr", "isCustomerValidated"})
    void shouldAnswerMinus3WhenRequiredArgumentIsMissing(String name) {
        assertError(autoApply(without(dv("missing.example.com"), name)), -3,
                "The '" + name + "' argument is missing!");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "days|400", "product|999", "product|488,287", "product|488,36", "serverSoftware|99",
            "dcvMethod|SMOKE_SIGNAL", "isCustomerValidated|maybe", "emailAddress|not-an-email",
            "appRepEmailAddress|bad@", "dcvEmailAddress|admin@other.org", "dcvEmailAddress|ceo@example.com",
            "uniqueValue|not unique!", "businessCategory|x", "test|yes", "responseFormat|7"})
    void shouldAnswerMinus4WhenValueIsInvalid(String name, String value) {
        Map<String, String> request = with(dv("invalid.example.com"), name, value);

        assertError(autoApply(request), -4, "The value of the '" + name + "' argument is invalid!");
    }

    @Test
    void shouldAnswerMinus4WhenValueIsLongerThanDocumented() {
        assertError(autoApply(with(dv("long.example.com"), "organizationName", "x".repeat(65))), -4,
                "The value of the 'organizationName' argument is invalid!");
    }

    @Test
    void shouldAnswerMinus4WhenMagicTokenIsNotAlone() {
        Map<String, String> request = with(ovMultiDomainRequest(Csrs.rsa("magic.sectigo.com")),
                "validationTokens", "ALLCNAMECSRHASH,HTTPCSRHASH,HTTPCSRHASH");

        assertError(autoApply(request), -4, "The value of the 'validationTokens' argument is invalid!");
    }

    @Test
    void shouldAnswerMinus4WhenPerDomainTokensDoNotMatchDomainCount() {
        Map<String, String> request = with(ovMultiDomainRequest(Csrs.rsa("count.sectigo.com")),
                "validationTokens", "", "dcvEmailAddresses", "admin@sectigo.com,CNAMECSRHASH");

        assertError(autoApply(request), -4, "The value of the 'dcvEmailAddresses' argument is invalid!");
    }

    @Test
    void shouldAnswerMinus5WhenWildcardIsSentToSingleDomainProduct() {
        assertError(autoApply(with(dvRequest(Csrs.rsa("*.example.com")), "dcvEmailAddress", "")), -5,
                "The CSR's Common Name may NOT contain a wildcard!");
    }

    @Test
    void shouldAnswerMinus6WhenWildcardProductGetsPlainName() {
        assertError(autoApply(with(dv("plain.example.com"), "product", "489")), -6,
                "The CSR's Common Name MUST contain ONE wildcard!");
    }

    @Test
    void shouldAnswerMinus6WhenWildcardProductGetsTwoWildcards() {
        assertError(autoApply(with(dvRequest(Csrs.rsa("*.*.example.com")), "product", "489",
                "dcvEmailAddress", "")), -6, "The CSR's Common Name MUST contain ONE wildcard!");
    }

    @Test
    void shouldAnswerMinus7WhenCountryIsNotIso3166() {
        assertError(autoApply(with(ovMultiDomainRequest(Csrs.rsa("country.sectigo.com")), "countryName", "XX")),
                -7, "'XX' is not a valid ISO-3166 country!");
    }

    @Test
    void shouldAnswerMinus8WhenCsrHasNoCommonName() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.noCommonName())), -8,
                "The CSR is missing a required field!");
    }

    @Test
    void shouldAnswerMinus9WhenCsrIsNotBase64() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.notBase64())), -9,
                "The CSR is not valid Base-64 data!");
    }

    @Test
    void shouldAnswerMinus10WhenCsrCannotBeDecoded() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.notDecodable())), -10,
                "The CSR cannot be decoded!");
    }

    @Test
    void shouldAnswerMinus11WhenCsrUsesEd25519() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.ed25519("x.example.com"))), -11,
                "The CSR uses an unsupported algorithm!");
    }

    @Test
    void shouldAnswerMinus12WhenCsrSignatureIsBroken() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.badSignature("x.example.com"))), -12,
                "The CSR has an invalid signature!");
    }

    @Test
    void shouldAnswerMinus13WhenRsaKeyHas1024Bits() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.rsa1024("x.example.com"))), -13,
                "The CSR uses an unsupported key size!");
    }

    @Test
    void shouldAnswerMinus13WhenCurveIsP224() {
        assertError(autoApply(with(dv("x.example.com"), "csr", Csrs.p224("x.example.com"))), -13,
                "The CSR uses an unsupported key size!");
    }

    @Test
    void shouldAcceptP256WhenCurveIsSupported() {
        assertThat(autoApply(with(dv("ec.example.com"), "csr", Csrs.ec("ec.example.com"))).lines().get(0))
                .isEqualTo("0");
    }

    @Test
    void shouldAnswerMinus14WhenUnknownErrorBurstIsOn() {
        setFaults("{\"unknownErrorBurst\":1}");

        assertError(autoApply(dv("burst.example.com")), -14, "An unknown error occurred!");
        assertThat(autoApply(dv("burst.example.com")).lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerMinus15WhenBalanceIsTooLow() {
        setAccount("{\"balance\":10}");

        assertError(autoApply(dv("credit.example.com")), -15, "Not enough credit!");
    }

    @Test
    void shouldAnswerMinus16WhenPasswordIsWrong() {
        assertError(autoApply(with(dv("login.example.com"), "loginPassword", "wrong")), -16,
                "Permission denied! Contact Sectigo Support to have your account enabled for the !AutoApplyOrder API.");
    }

    @Test
    void shouldAnswerMinus17WhenGetIsUsed() {
        assertError(client.get(AUTO_APPLY + "?loginName=" + LOGIN), -17, "Request used GET rather than POST!");
    }

    @Test
    void shouldAnswerMinus18WhenCommonNameIsAbsoluteFqdn() {
        assertError(autoApply(with(dvRequest(Csrs.rsa("example.com.")), "dcvEmailAddress", "")), -18,
                "The CSR's Common Name may not be a Fully-Qualified Domain Name!");
    }

    @Test
    void shouldAnswerMinus19WhenCommonNameIsPublicIpWithoutIpValidation() {
        assertError(autoApply(with(dvRequest(Csrs.rsa("8.8.8.8")), "dcvEmailAddress", "")), -19,
                "The CSR's Common Name may not be an Internet-accessible IP Address!");
    }

    @Test
    void shouldAcceptPublicIpWhenDcvMethodIsIpAddressPre() {
        Response response = autoApply(with(dvRequest(Csrs.rsa("8.8.4.4")), "dcvEmailAddress", "",
                "dcvMethod", "IP_ADDRESS_PRE"));

        assertThat(response.lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerMinus35WhenCommonNameIsPrivateIp() {
        assertError(autoApply(with(dvRequest(Csrs.rsa("10.1.2.3")), "dcvEmailAddress", "",
                "dcvMethod", "IP_ADDRESS_PRE")), -35, "The CSR's Common Name may not be an IP Address!");
    }

    @Test
    void shouldAnswerMinus40WhenKeyIsCompromised() {
        String csr = Csrs.ec("compromised.example.com");
        client.json("POST", "/sandbox/compromised-keys", "{\"csr\":\"" + csr.replace("\n", "\\n") + "\"}");

        assertError(autoApply(with(dv("compromised.example.com"), "csr", csr)), -40,
                "The CSR uses a key that is believed to have been compromised!");
    }

    @Test
    void shouldAnswerMinus42WhenCallLimitIsExceeded() {
        setSettings("{\"callLimit\":2,\"callLimitWindowMs\":60000}");
        autoApply(dv("limit1.example.com"));
        autoApply(dv("limit2.example.com"));

        assertError(autoApply(dv("limit3.example.com")), -42, "Call limit reached, please try again later");
    }

    @Test
    void shouldAnswerMinus42WhenCallLimitBurstIsOn() {
        setFaults("{\"callLimitBurst\":2}");

        assertError(autoApply(dv("b1.example.com")), -42, "Call limit reached, please try again later");
        assertError(autoApply(dv("b2.example.com")), -42, "Call limit reached, please try again later");
        assertThat(autoApply(dv("b3.example.com")).lines().get(0)).isEqualTo("0");
    }

    @Test
    void shouldAnswerMinus55WhenCsrAndUniqueValueAreReused() {
        Map<String, String> request = with(dv("token.example.com"), "uniqueValue", "SameValue1");
        autoApply(request);

        assertError(autoApply(request), -55, "This Request Token is not unique!");
    }

    @Test
    void shouldAnswerMinus64WhenForeignOrderNumberIsReusedAndMustBeUnique() {
        autoApply(with(dv("fon1.example.com"), "foreignOrderNumber", "order-1"));

        Response response = autoApply(with(dv("fon2.example.com"), "foreignOrderNumber", "order-1",
                "checkFONIsUnique", "Y"));

        assertError(response, -64, "The 'foreignOrderNumber' has already been used for another order!");
    }

    @Test
    void shouldAcceptReusedForeignOrderNumberWhenUniquenessIsNotAsked() {
        autoApply(with(dv("fon3.example.com"), "foreignOrderNumber", "order-2"));

        assertThat(autoApply(with(dv("fon4.example.com"), "foreignOrderNumber", "order-2")).lines().get(0))
                .isEqualTo("0");
    }

    @Test
    void shouldAnswerUrlEncodedErrorWhenResponseFormatIs1() {
        Response response = autoApply(with(without(dv("x.example.com"), "csr"), "responseFormat", "1"));

        assertThat(response.body()).isEqualTo(
                "errorCode=-3&errorMessage=The+%27csr%27+argument+is+missing%21");
    }

    @Test
    void shouldRequireDomainNamesWhenMultiDomainCsrHasNoSans() {
        Map<String, String> request = without(ovMultiDomainRequest(Csrs.rsa("nosan.sectigo.com")), "domainNames",
                "primaryDomainName", "validationTokens");

        assertError(autoApply(request), -3, "The 'domainNames' argument is missing!");
    }

    @Test
    void shouldRequireJurisdictionCountryWhenProductIsEv() {
        Map<String, String> request = without(with(ovMultiDomainRequest(Csrs.rsa("ev.sectigo.com")),
                "product", "562", "days", "365"), "domainNames", "primaryDomainName", "validationTokens");

        assertError(autoApply(request), -3, "The 'joiCountryName' argument is missing!");
    }
}
