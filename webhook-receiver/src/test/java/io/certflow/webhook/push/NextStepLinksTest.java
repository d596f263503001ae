package io.certflow.webhook.push;

import io.certflow.webhook.support.Pushes;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextStepLinksTest {

    private final NextStepLinks links = new NextStepLinks(new SectigoWebProperties(null));

    @Test
    void shouldLinkToOvCallbackPageWhenVerifiedPushCarriesCode() {
        Push push = push(Pushes.verified("mdtBfVzq0MIaiGg8").with("orderNumber", "1234567"));

        assertThat(links.of(push, false)).contains("https://secure.trust-provider.com/products/EnterCallbackCode"
                + "?orderNumber=1234567&code2=mdtBfVzq0MIaiGg8");
    }

    @Test
    void shouldLinkToEvClickThroughPageWhenClickThroughPushCarriesCode() {
        Push push = push(Pushes.of("click-through", 12, "EV click-through e-mail sent")
                .with("orderNumber", "7654321").with("verificationCode", "Zx9Kq2"));

        assertThat(links.of(push, false)).contains("https://secure.trust-provider.com/products/ExecuteAgreementsWithCode"
                + "?orderNumber=7654321&code2=Zx9Kq2");
    }

    @Test
    void shouldLinkToEvPageWhenVerifiedPushBelongsToAnEvOrder() {
        Push push = push(Pushes.verified("Zx9Kq2").with("orderNumber", "7654321"));

        assertThat(links.dependsOnEv(push)).isTrue();
        assertThat(links.of(push, true)).contains("https://secure.trust-provider.com/products/ExecuteAgreementsWithCode"
                + "?orderNumber=7654321&code2=Zx9Kq2");
    }

    @Test
    void shouldUrlEncodeValuesWhenTheyHoldReservedCharacters() {
        Push push = push(Pushes.verified("a+b&c=d").with("orderNumber", "1234567repl#1"));

        assertThat(links.of(push, false)).contains("https://secure.trust-provider.com/products/EnterCallbackCode"
                + "?orderNumber=1234567repl%231&code2=a%2Bb%26c%3Dd");
    }

    @Test
    void shouldUseConfiguredBaseWhenOneIsSet() {
        NextStepLinks configured = new NextStepLinks(new SectigoWebProperties("http://127.0.0.1:8090/"));

        assertThat(configured.of(push(Pushes.verified("code1").with("orderNumber", "42")), false))
                .contains("http://127.0.0.1:8090/products/EnterCallbackCode?orderNumber=42&code2=code1");
    }

    @Test
    void shouldGiveNoLinkWhenStatusAsksNothingOrCodeIsMissing() {
        assertThat(links.of(push(Pushes.revoked().with("verificationCode", "code1")), true)).isEqualTo(Optional.empty());
        assertThat(links.of(push(Pushes.verified("code1").without("verificationCode")), false)).isEmpty();
    }

    @Test
    void shouldRefuseToStartWhenBaseUrlIsNotAWebUrl() {
        for (String bad : new String[] {"secure.trust-provider.com", "ftp://secure.trust-provider.com",
                "https://secure.trust-provider.com/?x=1", "https://"}) {
            assertThatThrownBy(() -> new NextStepLinks(new SectigoWebProperties(bad)))
                    .hasMessageContaining("SECTIGO_WEB_BASE_URL");
        }
    }

    private static Push push(Pushes parameters) {
        return PushValidator.validate(PushParameters.decode(parameters.encoded())).push();
    }
}
