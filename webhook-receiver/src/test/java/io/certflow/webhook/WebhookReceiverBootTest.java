package io.certflow.webhook;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

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
}
