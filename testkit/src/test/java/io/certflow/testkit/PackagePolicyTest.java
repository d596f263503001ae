package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackagePolicyTest {

    private static final String FIXTURES = "io.certflow.testkit.fixtures.packages.";
    private static final String ADAPTER = FIXTURES + "adapter.vendor";

    @Test
    void shouldNameBothPackagesWhenTwoPackagesDependOnEachOther() {
        String base = FIXTURES + "cyclic";

        assertThatThrownBy(() -> PackagePolicy.assertNoCycles(base, PolicyClasses.under(base)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(base + ".orders.Order")
                .hasMessageContaining(base + ".billing.Invoice");
    }

    @Test
    void shouldPassWhenPackagesDependOneWay() {
        String base = FIXTURES + "layered";

        assertThatCode(() -> PackagePolicy.assertNoCycles(base, PolicyClasses.under(base)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldNameTheAccessWhenAFeatureUsesAWireTypeOfTheAdapter() {
        assertThatThrownBy(() -> PackagePolicy.assertAdapterConfined(PolicyClasses.under(FIXTURES + "adapter"),
                ADAPTER, Set.of("VendorAuthority")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + "adapter.leaky.LeakyFeature")
                .hasMessageContaining(ADAPTER + ".VendorAnswer")
                .hasMessageNotContaining("GoodFeature");
    }

    @Test
    void shouldPassWhenFeaturesUseOnlyTheAdaptersFaces() {
        JavaClasses confined = new ClassFileImporter().importPackages(FIXTURES + "adapter.ca", ADAPTER,
                FIXTURES + "adapter.feature");

        assertThatCode(() -> PackagePolicy.assertAdapterConfined(confined, ADAPTER, Set.of("VendorAuthority")))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFailWhenPackageHoldsNoProductionClasses() {
        assertThatThrownBy(() -> PackagePolicy.assertNoCycles("io.certflow.nosuchmodule"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.certflow.nosuchmodule");
    }
}
