package io.certflow.notifier.mail;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** A server without authentication needs no SMTP password, but a set one must not be a development default. */
@Factory
class SmtpStartupRequirements {

    @Singleton
    Requirement smtpPassword() {
        return Requirement.optionalSecret("SMTP_PASSWORD", "certflow.notifier.smtp.password");
    }
}
