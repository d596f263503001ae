package io.certflow.startup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fail-closed rules, apart from Micronaut so they can be tested alone: which requirements a
 * configuration breaks, as one line that names each setting and never shows a value.
 */
public final class FailClosedRules {

    static final String PREFIX = "certflow refuses to start outside the dev and test environments: ";

    private FailClosedRules() {
    }

    /** The refusal, or empty if {@code values} (key to value) satisfies every requirement. */
    public static Optional<String> refusal(List<Requirement> requirements, Function<String, Optional<String>> values) {
        List<String> problems = requirements.stream()
                .map(requirement -> problem(requirement, values.apply(requirement.key())))
                .flatMap(Optional::stream)
                .toList();
        return problems.isEmpty() ? Optional.empty() : Optional.of(PREFIX + String.join("; ", problems));
    }

    private static Optional<String> problem(Requirement requirement, Optional<String> value) {
        String setting = requirement.setting();
        boolean blank = value.map(String::isBlank).orElse(true);
        return switch (requirement.rule()) {
            case SECRET -> blank ? Optional.of(setting + " is not set")
                    : defaultProblem(setting, value.get());
            case OPTIONAL_SECRET -> blank ? Optional.empty() : defaultProblem(setting, value.get());
            case HTTPS_URL -> blank || !value.get().trim().toLowerCase(Locale.ROOT).startsWith("https://")
                    ? Optional.of(setting + " is not an https:// URL") : Optional.empty();
        };
    }

    private static Optional<String> defaultProblem(String setting, String value) {
        return DevelopmentDefaults.contains(value)
                ? Optional.of(setting + " is a known development default") : Optional.empty();
    }
}
