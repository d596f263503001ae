package io.certflow.certstore;

import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class CertStoreBootTest extends ServiceBootContract {

    @Override
    protected String database() {
        return "cert_store";
    }

    @Override
    protected String basePackage() {
        return "io.certflow.certstore";
    }
}
