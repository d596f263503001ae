package io.certflow.gateway.sectigo;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** What the gateway must not start without outside development: a real account password over HTTPS. */
@Factory
class SectigoStartupRequirements {

    @Singleton
    Requirement sectigoLoginPassword() {
        return Requirement.secret("SECTIGO_LOGIN_PASSWORD", "certflow.gateway.sectigo.login-password");
    }

    @Singleton
    Requirement sectigoBaseUrl() {
        return Requirement.httpsUrl("SECTIGO_BASE_URL", "certflow.gateway.sectigo.base-url");
    }
}
