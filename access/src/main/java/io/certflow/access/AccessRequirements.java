package io.certflow.access;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * A service whose API takes bearer tokens needs to know whose tokens to trust, over HTTPS outside
 * development: an attacker who can answer the JWKS request could otherwise mint any token. Only a
 * service that configures the JWKS (the ones with an API) gets these requirements.
 */
@Factory
@Requires(property = AccessRequirements.JWKS_URL)
class AccessRequirements {

    static final String JWKS_URL = "micronaut.security.token.jwt.signatures.jwks.certflow.url";
    static final String ISSUER = "micronaut.security.token.jwt.claims-validators.issuer";

    @Singleton
    Requirement jwksUrl() {
        return Requirement.httpsUrl("AUTH_JWKS_URL", JWKS_URL);
    }

    @Singleton
    Requirement issuer() {
        return Requirement.httpsUrl("AUTH_ISSUER", ISSUER);
    }
}
