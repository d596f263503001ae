package io.certflow.startup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fail-closed rules, apart from Micronaut so they can be tested alone: which requirements a
 * configuration breaks, as one line that names each setting and never shows a value.
 */
public final class FailClosedRules {

    private static final Pattern JAAS_PASSWORD = Pattern.compile("\\bpassword\\s*=\\s*\"([^\"]*)\"");

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
            case OPTIONAL_JAAS_CONFIG -> blank ? Optional.empty() : jaasProblem(setting, value.get());
            case HTTPS_URL -> blank || !value.get().trim().toLowerCase(Locale.ROOT).startsWith("https://")
                    ? Optional.of(setting + " is not an https:// URL") : Optional.empty();
        };
    }

    private static Optional<String> jaasProblem(String setting, String jaasConfig) {
        Matcher password = JAAS_PASSWORD.matcher(jaasConfig);
        while (password.find()) {
            if (DevelopmentDefaults.contains(password.group(1))) {
                return Optional.of(setting + " has a known development default as its password");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> defaultProblem(String setting, String value) {
        return DevelopmentDefaults.contains(value)
                ? Optional.of(setting + " is a known development default") : Optional.empty();
    }
}
