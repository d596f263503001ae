package io.certflow.certstore;

import io.certflow.certstore.support.TrustAnchorFile;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.service.ServiceBootContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;
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
    protected List<String> requiredSecrets() {
        return List.of("DATABASE_PASSWORD", "DOWNLOAD_LINK_SECRET");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TrustAnchorFile.withInfrastructure(super.getProperties());
        properties.putAll(Infrastructure.tokenIssuer().micronautProperties());
        return properties;
    }
}
