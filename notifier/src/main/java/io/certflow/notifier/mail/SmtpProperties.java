package io.certflow.notifier.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The SMTP server the notifier sends through, under {@code smtp}. Authentication is used only when a
 * username is set. {@link #toString()} never shows the password.
 *
 * @param host           server host
 * @param port           server port (587 submission with STARTTLS, 25, or a local catcher)
 * @param username       login; blank means no authentication
 * @param password       login password; never logged
 * @param starttls       require STARTTLS (the connection fails rather than send in clear text)
 * @param from           sender, e.g. {@code certflow <no-reply@example.com>}
 * @param connectTimeout how long to wait for the connection
 * @param timeout        how long to wait for each server answer and each write
 */
@ConfigurationProperties("certflow.notifier.smtp")
public record SmtpProperties(
        @Bindable(defaultValue = "localhost") String host,
        @Bindable(defaultValue = "2525") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean starttls,
        @Bindable(defaultValue = "certflow <no-reply@certflow.local>") String from,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration timeout) {

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpProperties[host=" + host + ", port=" + port + ", username=" + (authenticates() ? username : "")
                + ", password=" + (password == null || password.isEmpty() ? "" : "****") + ", starttls=" + starttls
                + ", from=" + from + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout + "]";
    }
}
