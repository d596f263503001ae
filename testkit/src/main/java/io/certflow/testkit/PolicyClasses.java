package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The compiled classes an architecture policy reads. */
final class PolicyClasses {

    private PolicyClasses() {
    }

    /** @throws AssertionError when the package holds no classes: a mistyped package would pass forever */
    static JavaClasses under(String basePackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no compiled classes under package " + basePackage);
        }
        return classes;
    }
}
