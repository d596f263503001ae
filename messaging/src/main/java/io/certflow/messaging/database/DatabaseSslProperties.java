package io.certflow.messaging.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Set;

/**
 * How the service's connections to PostgreSQL are encrypted, under {@code certflow.database.ssl}:
 * the PostgreSQL JDBC driver's {@code sslmode} and {@code sslrootcert}.
 *
 * @param mode     {@code disable}, {@code allow}, {@code prefer} (the driver's default: TLS if the
 *                 server offers it, unchecked), {@code require} (TLS, unchecked), {@code verify-ca}
 *                 (TLS with a certificate from the trusted CA) or {@code verify-full} (also naming the host)
 * @param rootCert the PEM file of the CA certificates the server's certificate must chain to; blank:
 *                 the driver's default, {@code ~/.postgresql/root.crt}
 */
@ConfigurationProperties("certflow.database.ssl")
public record DatabaseSslProperties(
        @Bindable(defaultValue = "prefer") String mode,
        @Nullable String rootCert) {

    private static final Set<String> MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public DatabaseSslProperties {
        if (mode == null || !MODES.contains(mode.trim())) {
            throw new IllegalArgumentException("certflow.database.ssl.mode (DATABASE_SSLMODE) must be one of "
                    + String.join(", ", MODES.stream().sorted().toList()) + ", not " + mode);
        }
        mode = mode.trim();
    }
}
