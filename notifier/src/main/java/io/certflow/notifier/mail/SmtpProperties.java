package io.certflow.notifier.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The SMTP server the notifier sends through, under {@code certflow.notifier.smtp}. Authentication
 * is used only when a username is set. {@link #toString()} never shows a password.
 *
 * @param host               server host
 * @param port               server port (587 submission with STARTTLS, 465 implicit TLS, or a local catcher)
 * @param username           login; blank means no authentication
 * @param password           login password; never logged
 * @param tls                none, STARTTLS required, or implicit TLS (SMTPS)
 * @param trustStore         PKCS12 or JKS file of the CAs the server's certificate may chain to, instead
 *                           of the JVM's; blank: the JVM's
 * @param trustStorePassword its password, if it has one
 * @param from               sender, e.g. {@code certflow <no-reply@example.com>}
 * @param connectTimeout     how long to wait for the connection
 * @param timeout            how long to wait for each server answer and each write
 */
@ConfigurationProperties("certflow.notifier.smtp")
public record SmtpProperties(
        @Bindable(defaultValue = "localhost") String host,
        @Bindable(defaultValue = "2525") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "STARTTLS") SmtpTls tls,
        @Nullable String trustStore,
        @Nullable String trustStorePassword,
        @Bindable(defaultValue = "certflow <no-reply@certflow.local>") String from,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration timeout) {

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    public boolean hasTrustStore() {
        return trustStore != null && !trustStore.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpProperties[host=" + host + ", port=" + port + ", username=" + (authenticates() ? username : "")
                + ", password=" + masked(password) + ", tls=" + tls + ", trustStore=" + (hasTrustStore() ? trustStore : "")
                + ", trustStorePassword=" + masked(trustStorePassword) + ", from=" + from
                + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + "]";
    }

    private static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "" : "****";
    }
}
