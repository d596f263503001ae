package io.certflow.notifier;

import io.certflow.testkit.PackagePolicy;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void shouldHaveNoCyclesWhenFeaturePackagesDependOnEachOther() {
        PackagePolicy.assertNoCycles("io.certflow.notifier");
    }
}
