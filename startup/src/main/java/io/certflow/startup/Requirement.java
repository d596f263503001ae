package io.certflow.startup;

import java.util.Objects;

/**
 * One setting the fail-closed check looks at outside development, named by both its environment
 * variable and its configuration key, so the refusal names what an operator sets. A service
 * contributes its own as beans; {@link DatabaseRequirements} adds the one every service shares.
 *
 * @param rule     what the value must satisfy
 * @param variable the environment variable that sets it, e.g. {@code DATABASE_PASSWORD}
 * @param key      its configuration key, e.g. {@code datasources.default.password}
 */
public record Requirement(Rule rule, String variable, String key) {

    public enum Rule {
        /** Set, not blank and not a known development default. */
        SECRET,
        /** May be unset (the feature is then off), but if set it is not a development default. */
        OPTIONAL_SECRET,
        /**
         * May be unset, but a set JAAS login line's {@code password="..."} option is not a
         * development default: the secret sits inside the line, so comparing the whole line misses it.
         */
        OPTIONAL_JAAS_CONFIG,
        /** An {@code https://} URL. */
        HTTPS_URL
    }

    public Requirement {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(key, "key");
    }

    public static Requirement secret(String variable, String key) {
        return new Requirement(Rule.SECRET, variable, key);
    }

    public static Requirement optionalSecret(String variable, String key) {
        return new Requirement(Rule.OPTIONAL_SECRET, variable, key);
    }

    public static Requirement optionalJaasConfig(String variable, String key) {
        return new Requirement(Rule.OPTIONAL_JAAS_CONFIG, variable, key);
    }

    public static Requirement httpsUrl(String variable, String key) {
        return new Requirement(Rule.HTTPS_URL, variable, key);
    }

    /** How the refusal names the setting: the variable and the key, never the value. */
    String setting() {
        return variable + " (" + key + ")";
    }
}
