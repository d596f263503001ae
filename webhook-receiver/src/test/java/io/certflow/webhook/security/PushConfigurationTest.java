package io.certflow.webhook.security;

import io.certflow.testkit.Infrastructure;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PushConfigurationTest {

    @Test
    void shouldRefuseToStartWhenAllowlistHoldsHostName() {
        Map<String, Object> properties = new HashMap<>(Infrastructure.micronautProperties("webhook_receiver"));
        properties.put("certflow.webhook.push.allowed-ips", "91.199.212.132,sectigo.com");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                .hasStackTraceContaining("not an IP address or CIDR range: sectigo.com");
    }
}
