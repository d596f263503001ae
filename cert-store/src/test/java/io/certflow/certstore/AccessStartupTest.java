package io.certflow.certstore;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside development cert-store trusts only an HTTPS issuer and serves links only under a real secret. */
class AccessStartupTest {

    private static final String JWKS = "AUTH_JWKS_URL (micronaut.security.token.jwt.signatures.jwks.certflow.url)";
    private static final String ISSUER = "AUTH_ISSUER (micronaut.security.token.jwt.claims-validators.issuer)";
    private static final String SECRET = "DOWNLOAD_LINK_SECRET (certflow.download-links.secret)";

    @Test
    void shouldRefuseToStartWhenIssuerAndLinkSecretAreUnsetInProduction() {
        assertThatThrownBy(() -> startInProduction(Map.of()))
                .rootCause().hasMessageContaining(JWKS + " is not an https:// URL")
                .hasMessageContaining(ISSUER + " is not an https:// URL")
                .hasMessageContaining(SECRET + " is not set");
    }

    @Test
    void shouldRefuseToStartWhenIssuerIsPlainHttpInProduction() {
        assertThatThrownBy(() -> startInProduction(settings("http://idp.example.com", "from-the-vault")))
                .rootCause().hasMessageContaining(JWKS + " is not an https:// URL")
                .hasMessageContaining(ISSUER + " is not an https:// URL")
                .message().doesNotContain("DOWNLOAD_LINK_SECRET", "from-the-vault");
    }

    @Test
    void shouldRefuseToStartWhenLinkSecretIsTheDevelopmentDefaultInProduction() {
        assertThatThrownBy(() -> startInProduction(settings("https://idp.example.com", "dev-download-link-secret")))
                .rootCause().hasMessageEndingWith(SECRET + " is a known development default")
                .message().doesNotContain("AUTH_");
    }

    private static Map<String, Object> settings(String issuer, String linkSecret) {
        return Map.of("micronaut.security.token.jwt.signatures.jwks.certflow.url", issuer + "/jwks.json",
                "micronaut.security.token.jwt.claims-validators.issuer", issuer,
                "certflow.download-links.secret", linkSecret);
    }

    private static void startInProduction(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("datasources.default.password", "from-the-vault");
        properties.put("micronaut.server.port", "-1");
        ApplicationContext.builder().deduceEnvironment(false).environments("prod").properties(properties).start()
                .close();
    }
}
