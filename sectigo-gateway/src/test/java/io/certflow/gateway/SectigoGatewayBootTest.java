package io.certflow.gateway;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

@MicronautTest
class SectigoGatewayBootTest extends ServiceBootContract {

    @Override
    protected String database() {
        return "sectigo_gateway";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.gateway";
    }

    @Override
    protected List<String> requiredSecrets() {
        return List.of("DATABASE_PASSWORD", "SECTIGO_LOGIN_PASSWORD");
    }
}
