package io.certflow.testkit;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reliability rule: no {@code @KafkaListener} may keep micronaut-kafka's defaults
 * {@code errorStrategy = @ErrorStrategy(NONE)} (drops the rest of a poll after an error) or
 * {@code offsetStrategy = AUTO} (commits before processing). Both lose messages.
 *
 * <p>A method-level listener inherits what its class-level {@code @KafkaListener} sets, as in
 * Micronaut. A class may carry {@code @KafkaListener} through a meta-annotation (messaging's
 * {@code @CertflowListener}): then the values set on the meta-annotation's {@code @KafkaListener}
 * count, unless the class also carries {@code @KafkaListener} itself, which Micronaut reads instead.
 * Test sources under the package are checked too.
 */
public final class KafkaListenerPolicy {

    private static final String KAFKA_LISTENER = "io.micronaut.configuration.kafka.annotation.KafkaListener";

    private KafkaListenerPolicy() {
    }

    /** @throws AssertionError listing every offending class or method and the attribute it leaves unsafe */
    public static void assertNoDefaultStrategies(String basePackage) {
        JavaClasses classes = PolicyClasses.under(basePackage);
        List<String> offences = new ArrayList<>();
        classes.forEach(type -> check(type, offences));
        if (!offences.isEmpty()) {
            throw new AssertionError("@KafkaListener defaults lose messages; set errorStrategy and offsetStrategy:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", offences));
        }
    }

    private static void check(JavaClass type, List<String> offences) {
        Optional<JavaAnnotation<JavaClass>> onClass = listenerOf(type);
        onClass.ifPresent(listener -> offences.addAll(
                ListenerStrategies.of(List.of(listener)).offences(type.getName())));
        for (JavaMethod method : type.getMethods()) {
            method.tryGetAnnotationOfType(KAFKA_LISTENER).ifPresent(listener -> {
                List<JavaAnnotation<?>> chain = new ArrayList<>();
                chain.add(listener);
                onClass.ifPresent(chain::add);
                offences.addAll(ListenerStrategies.of(chain).offences(type.getName() + "#" + method.getName()));
            });
        }
    }

    /** The class's own {@code @KafkaListener}, else the one on the first annotation that carries it. */
    private static Optional<JavaAnnotation<JavaClass>> listenerOf(JavaClass type) {
        return type.tryGetAnnotationOfType(KAFKA_LISTENER).or(() -> type.getAnnotations().stream()
                .map(annotation -> annotation.getRawType().tryGetAnnotationOfType(KAFKA_LISTENER))
                .flatMap(Optional::stream)
                .findFirst());
    }

    /** The effective strategies of one listener: first explicit value along the chain, else the default. */
    private record ListenerStrategies(Optional<String> errorStrategy, Optional<String> offsetStrategy) {

        static ListenerStrategies of(List<? extends JavaAnnotation<?>> nearestFirst) {
            return new ListenerStrategies(
                    explicit(nearestFirst, "errorStrategy").map(value -> errorStrategyValue((JavaAnnotation<?>) value)),
                    explicit(nearestFirst, "offsetStrategy").map(value -> ((JavaEnumConstant) value).name()));
        }

        List<String> offences(String where) {
            List<String> found = new ArrayList<>();
            describe(where, "errorStrategy", errorStrategy, "NONE").ifPresent(found::add);
            describe(where, "offsetStrategy", offsetStrategy, "AUTO").ifPresent(found::add);
            return found;
        }

        private static Optional<String> describe(
                String where, String attribute, Optional<String> value, String unsafe) {
            if (value.isEmpty()) {
                return Optional.of(where + ": " + attribute + " is not set (defaults to " + unsafe + ")");
            }
            return value.filter(unsafe::equals).map(v -> where + ": " + attribute + " = " + v);
        }

        private static Optional<Object> explicit(List<? extends JavaAnnotation<?>> chain, String attribute) {
            return chain.stream()
                    .map(annotation -> annotation.tryGetExplicitlyDeclaredProperty(attribute))
                    .flatMap(Optional::stream)
                    .findFirst();
        }

        /** {@code @ErrorStrategy} without an explicit value means NONE, the same trap one level down. */
        private static String errorStrategyValue(JavaAnnotation<?> errorStrategy) {
            return errorStrategy.tryGetExplicitlyDeclaredProperty("value")
                    .map(value -> ((JavaEnumConstant) value).name())
                    .orElse("NONE");
        }
    }
}
