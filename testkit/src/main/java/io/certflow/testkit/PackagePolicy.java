package io.certflow.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package rules of a service, checked on its production classes:
 * <ul>
 *   <li>the feature packages directly under the service's package depend on each other without a
 *       cycle, so each can be read, tested and moved with what it needs and nothing that needs it;</li>
 *   <li>an adapter package (one that speaks an outside system's wire protocol) is used from outside
 *       only through the classes it names as its faces: the rest of it (wire DTOs, codes, parsers) is
 *       its own business.</li>
 * </ul>
 */
public final class PackagePolicy {

    private PackagePolicy() {
    }

    /** @throws AssertionError naming every cycle among the packages directly under {@code basePackage} */
    public static void assertNoCycles(String basePackage) {
        assertNoCycles(basePackage, PolicyClasses.productionUnder(basePackage));
    }

    /**
     * @param adapterPackage a package under {@code basePackage}, sub-packages included
     * @param faces          simple names of the adapter's classes others may use (its port implementation,
     *                       its settings)
     * @throws AssertionError naming every access from outside the adapter to any other of its classes
     */
    public static void assertAdapterConfined(String basePackage, String adapterPackage, Set<String> faces) {
        assertAdapterConfined(PolicyClasses.productionUnder(basePackage), adapterPackage, faces);
    }

    static void assertNoCycles(String basePackage, JavaClasses classes) {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    static void assertAdapterConfined(JavaClasses classes, String adapterPackage, Set<String> faces) {
        if (classes.stream().noneMatch(type -> within(type, adapterPackage))) {
            throw new AssertionError("no compiled classes in adapter package " + adapterPackage);
        }
        ArchRule rule = noClasses().that().resideOutsideOfPackage(adapterPackage + "..")
                .should().dependOnClassesThat(internalTo(adapterPackage, faces))
                .as("only the faces " + faces + " of " + adapterPackage + " are used outside it");
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> internalTo(String adapterPackage, Set<String> faces) {
        return DescribedPredicate.describe("internal to " + adapterPackage,
                type -> within(type, adapterPackage) && !faces.contains(type.getSimpleName()));
    }

    private static boolean within(JavaClass type, String packageName) {
        return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
    }
}
