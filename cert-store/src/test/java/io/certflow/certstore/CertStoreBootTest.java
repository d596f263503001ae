package io.certflow.certstore;

import io.certflow.certstore.support.TrustAnchorFile;
import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

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

    @Override
    public Map<String, String> getProperties() {
        return TrustAnchorFile.withInfrastructure(super.getProperties());
    }
}
