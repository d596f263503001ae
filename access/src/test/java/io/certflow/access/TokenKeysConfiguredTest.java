package io.certflow.access;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenKeysConfiguredTest {

    @Test
    void shouldRefuseToStartEvenInDevelopmentWhenTheJwksUrlIsBlank() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(AccessRequirements.JWKS_URL, " "), "dev"))
                .hasStackTraceContaining(TokenKeysConfigured.REFUSAL);
    }

    @Test
    void shouldStartWhenTheJwksUrlIsSet() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(AccessRequirements.JWKS_URL,
                "http://localhost:1/jwks.json"), "dev")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void shouldNotCareWhenTheServiceTakesNoTokens() {
        try (ApplicationContext context = ApplicationContext.run("dev")) {
            assertThat(context.containsBean(TokenKeysConfigured.class)).isFalse();
        }
    }
}
