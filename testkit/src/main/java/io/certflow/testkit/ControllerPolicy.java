package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.List;

/**
 * Performance rule: every {@code @Controller} names the executor its routes run on with a class-level
 * {@code @ExecuteOn}. Micronaut 4 runs a route without it on a Netty event-loop thread (one per
 * core), so a route that waits for PostgreSQL or Kafka holds every other request of the process
 * behind it: {@code POST /orders} answered in seconds at 50 requests/s while the JVM was nearly idle.
 */
public final class ControllerPolicy {

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String EXECUTE_ON = "io.micronaut.scheduling.annotation.ExecuteOn";

    private ControllerPolicy() {
    }

    /** @throws AssertionError listing every controller under the package that has no {@code @ExecuteOn} */
    public static void assertExecutorNamed(String basePackage) {
        List<String> offenders = PolicyClasses.under(basePackage).stream()
                .filter(type -> type.isAnnotatedWith(CONTROLLER) && !type.isAnnotatedWith(EXECUTE_ON))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        if (!offenders.isEmpty()) {
            throw new AssertionError("controllers without @ExecuteOn run their routes on the event loop:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", offenders));
        }
    }
}
