package io.certflow.webhook.security;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Outside development the receiver does not start without the push password: without it every push
 * would be refused, silently losing Sectigo's status changes.
 */
@Factory
class PushStartupRequirements {

    @Singleton
    Requirement pushPassword() {
        return Requirement.secret("PUSH_PASSWORD", "certflow.webhook.push.password");
    }
}
