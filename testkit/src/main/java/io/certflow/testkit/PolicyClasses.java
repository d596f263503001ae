package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled classes an architecture policy reads. */
final class PolicyClasses {

    private PolicyClasses() {
    }

    /** @throws AssertionError when the package holds no classes: a mistyped package would pass forever */
    static JavaClasses under(String basePackage) {
        return nonEmpty(new ClassFileImporter().importPackages(basePackage), basePackage);
    }

    /**
     * As {@link #under}, production classes only: a test package may lean on a shared test support
     * package that leans back on the production package, which says nothing about the service's shape.
     */
    static JavaClasses productionUnder(String basePackage) {
        return nonEmpty(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage), basePackage);
    }

    private static JavaClasses nonEmpty(JavaClasses classes, String basePackage) {
        if (classes.isEmpty()) {
            throw new AssertionError("no compiled classes under package " + basePackage);
        }
        return classes;
    }
}
