package io.certflow.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The names {@code @Secured} checks: the token's scopes (the OAuth 2.0 {@code scope} claim, one
 * space-separated string) and its roles (the {@code roles} claim, a list). Micronaut's default reads
 * only {@code roles}; scopes are what an OAuth provider grants a client, so both count.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
public class ScopeRolesFinder implements RolesFinder {

    static final String SCOPE_CLAIM = "scope";
    static final String ROLES_CLAIM = "roles";

    @Override
    public List<String> resolveRoles(Map<String, Object> attributes) {
        List<String> names = new ArrayList<>();
        names.addAll(words(attributes.get(SCOPE_CLAIM)));
        names.addAll(words(attributes.get(ROLES_CLAIM)));
        return names.stream().distinct().toList();
    }

    private static List<String> words(Object claim) {
        if (claim instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
