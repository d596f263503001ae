package io.certflow.startup;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailClosedCheckTest {

    private static ApplicationContext start(Map<String, Object> properties, String... environments) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties)
                .environments(environments).start();
    }

    @Test
    void shouldRefuseToStartWhenDatabasePasswordIsMissingInProduction() {
        assertThatThrownBy(() -> start(Map.of(), "prod").close())
                .rootCause().isInstanceOf(FailClosedException.class)
                .hasMessage(FailClosedRules.PREFIX + "DATABASE_PASSWORD (datasources.default.password) is not set");
    }

    @Test
    void shouldRefuseToStartWhenNoEnvironmentIsActive() {
        assertThatThrownBy(() -> start(Map.of("datasources.default.password", "certflow")).close())
                .rootCause().isInstanceOf(FailClosedException.class)
                .hasMessageContaining("DATABASE_PASSWORD (datasources.default.password) is a known development default");
    }

    @Test
    void shouldRefuseToStartWhenTheHttpsKeyStorePasswordIsADevelopmentDefaultInProduction() {
        assertThatThrownBy(() -> start(Map.of("datasources.default.password", "from-the-vault",
                "micronaut.server.ssl.key-store.password", "changeit"), "prod").close())
                .rootCause().isInstanceOf(FailClosedException.class)
                .hasMessage(FailClosedRules.PREFIX + "SERVER_SSL_KEY_STORE_PASSWORD "
                        + "(micronaut.server.ssl.key-store.password) is a known development default");
    }

    @Test
    void shouldStartWhenDatabasePasswordIsSetInProduction() {
        try (ApplicationContext context = start(Map.of("datasources.default.password", "from-the-vault"), "prod")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DevelopmentEnvironments.DEV, DevelopmentEnvironments.TEST})
    void shouldStartWithoutSecretsWhenEnvironmentIsDevelopment(String environment) {
        try (ApplicationContext context = start(Map.of(), environment)) {
            assertThat(context.getBean(FailClosedCheck.class)).isNotNull();
        }
    }
}
