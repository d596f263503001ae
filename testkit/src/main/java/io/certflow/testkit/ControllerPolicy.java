package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.util.List;

/**
 * Performance rule: every {@code @Controller} names the executor its routes run on with a class-level
 * {@code @ExecuteOn}. Micronaut 4 runs a route without it on a Netty event-loop thread (one per
 * core), so a route that waits for PostgreSQL or Kafka holds every other request of the process
 * behind it: {@code POST /orders} answered in seconds at 50 requests/s while the JVM was idle.
 */
public final class ControllerPolicy {

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String EXECUTE_ON = "io.micronaut.scheduling.annotation.ExecuteOn";

    private ControllerPolicy() {
    }

    /** @throws AssertionError listing every controller under the package that has no {@code @ExecuteOn} */
    public static void assertExecutorNamed(String basePackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no compiled classes under package " + basePackage);
        }
        List<String> offenders = classes.stream()
                .filter(type -> type.isAnnotatedWith(CONTROLLER) && !type.isAnnotatedWith(EXECUTE_ON))
                .map(type -> type.getName())
                .sorted()
                .toList();
        if (!offenders.isEmpty()) {
            throw new AssertionError("controllers without @ExecuteOn run their routes on the event loop:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", offenders));
        }
    }
}
