package io.certflow.notifier;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

@MicronautTest
class NotifierBootTest extends ServiceBootContract {

    @Override
    protected String database() {
        return "notifier";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.notifier";
    }

    @Override
    protected List<String> requiredSecrets() {
        return List.of("DATABASE_PASSWORD", "DOWNLOAD_LINK_SECRET");
    }
}
