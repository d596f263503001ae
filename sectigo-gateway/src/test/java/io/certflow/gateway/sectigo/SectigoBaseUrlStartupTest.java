package io.certflow.gateway.sectigo;

import io.certflow.testkit.Infrastructure;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectigoBaseUrlStartupTest {

    @Test
    void shouldRefuseToStartWhenSectigoUrlIsPlainHttpOutsideDevelopment() {
        Map<String, Object> properties = new HashMap<>(Infrastructure.micronautProperties("sectigo_gateway"));
        properties.put("datasources.default.password", "a-production-password");
        properties.put("certflow.gateway.sectigo.login-password", "a-production-secret");
        properties.put("certflow.gateway.sectigo.base-url", "http://secure.trust-provider.com");

        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false).environments("prod")
                .properties(properties).start().close())
                .rootCause()
                .hasMessageEndingWith("SECTIGO_BASE_URL (certflow.gateway.sectigo.base-url) is not an https:// URL")
                .message().doesNotContain("a-production");
    }
}
