package io.certflow.messaging.support;

import io.certflow.testkit.Infrastructure;

import java.util.HashMap;
import java.util.Map;

/** Micronaut properties of a test context: the shared broker and a database of the test's own. */
public final class TestContext {

    private TestContext() {
    }

    public static Map<String, String> properties(String database, String... extra) {
        Map<String, String> properties = new HashMap<>(Infrastructure.micronautProperties(database));
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("flyway.datasources.default.locations", "classpath:db/messaging,classpath:db/testing");
        properties.put("flyway.datasources.default.out-of-order", "true");
        properties.put("certflow.outbox.poll-interval", "500ms");
        properties.put("micronaut.application.name", "messaging-test");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            properties.put(extra[i], extra[i + 1]);
        }
        return properties;
    }
}
