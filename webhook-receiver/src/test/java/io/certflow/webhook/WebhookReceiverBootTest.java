package io.certflow.webhook;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

@MicronautTest
class WebhookReceiverBootTest extends ServiceBootContract {

    @Override
    protected String database() {
        return "webhook_receiver";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.webhook";
    }

    @Override
    protected List<String> requiredSecrets() {
        return List.of("DATABASE_PASSWORD", "PUSH_PASSWORD");
    }
}
