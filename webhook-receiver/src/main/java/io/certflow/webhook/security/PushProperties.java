package io.certflow.webhook.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * How Sectigo's push is accepted. {@code username} / {@code password}: the HTTP Basic credentials
 * given to Sectigo; when either is blank every push is refused (fail closed). {@code allowedIps}:
 * addresses and CIDR ranges a push may come from. {@code trustedProxies}: peers whose
 * {@code X-Forwarded-For} is believed.
 */
@ConfigurationProperties("certflow.webhook.push")
public record PushProperties(
        @Nullable String path,
        @Nullable String username,
        @Nullable String password,
        @Nullable List<String> allowedIps,
        @Nullable List<String> trustedProxies) {

    public PushProperties {
        allowedIps = nonBlank(allowedIps);
        trustedProxies = nonBlank(trustedProxies);
    }

    public boolean credentialsConfigured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    private static List<String> nonBlank(@Nullable List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    /** Never prints the password: configuration is logged by frameworks and people alike. */
    @Override
    public String toString() {
        return "PushProperties[path=" + path + ", username=" + username + ", password=****, allowedIps=" + allowedIps
                + ", trustedProxies=" + trustedProxies + "]";
    }
}
