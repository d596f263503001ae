package io.certflow.intake;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest
class OrderIntakeBootTest extends ServiceBootContract {

    private static final String JWKS_URL = "micronaut.security.token.jwt.signatures.jwks.certflow.url";
    private static final String ISSUER = "micronaut.security.token.jwt.claims-validators.issuer";

    @Override
    protected String database() {
        return "order_intake";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.intake";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(Infrastructure.tokenIssuer().micronautProperties());
        return properties;
    }

    /** An attacker who can answer a plain-HTTP JWKS request could mint any token intake would trust. */
    @ParameterizedTest
    @ValueSource(strings = {"http://idp.example/jwks.json", ""})
    void shouldRefuseToStartNamingBothWhenJwksUrlAndIssuerAreNotHttpsOutsideDevelopment(String value) {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put(JWKS_URL, value);
        properties.put(ISSUER, value.replace("/jwks.json", ""));
        properties.put("micronaut.server.port", "-1");

        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).environments("prod")
                .properties(properties).start().close())
                .rootCause()
                .hasMessageContaining("AUTH_JWKS_URL (" + JWKS_URL + ") is not an https:// URL")
                .hasMessageContaining("AUTH_ISSUER (" + ISSUER + ") is not an https:// URL")
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("idp.example"));
    }
}
