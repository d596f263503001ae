package io.certflow.gateway;

import io.certflow.testkit.PackagePolicy;
import org.junit.jupiter.api.Test;

import java.util.Set;

class ArchitectureTest {

    private static final String BASE = "io.certflow.gateway";

    @Test
    void shouldHaveNoCyclesWhenFeaturePackagesDependOnEachOther() {
        PackagePolicy.assertNoCycles(BASE);
    }

    /**
     * Features speak the {@code ca} port's types; Sectigo's parameters, answers and error codes stay in
     * the adapter. Outside it, only the port's implementation and the adapter's settings (the call
     * timeout bounds every work lease) are named.
     */
    @Test
    void shouldKeepSectigoWireTypesInTheAdapterWhenFeaturesCallTheCa() {
        PackagePolicy.assertAdapterConfined(BASE, BASE + ".sectigo",
                Set.of("SectigoCertificateAuthority", "SectigoProperties", "SmimeProperties"));
    }
}
