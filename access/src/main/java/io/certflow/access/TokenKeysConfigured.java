package io.certflow.access;

import io.certflow.startup.FailClosedException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service that takes bearer tokens refuses to start, in every environment, when it is not told
 * where its issuer's keys are: it could check no token, and every call would fail (as a 500, when
 * Micronaut tries to fetch keys from nowhere) instead of the start failing once, saying why.
 * Outside development {@link AccessRequirements} also demands {@code https://}.
 */
@Context
@Requires(property = AccessRequirements.JWKS_URL)
final class TokenKeysConfigured {

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeysConfigured.class);
    static final String REFUSAL = "AUTH_JWKS_URL (" + AccessRequirements.JWKS_URL + ") is not set: no bearer "
            + "token can be checked without the issuer's keys; devstack sets it, any other start names the JWKS "
            + "of its OIDC provider";

    TokenKeysConfigured(@Value("${" + AccessRequirements.JWKS_URL + ":}") String jwksUrl) {
        if (jwksUrl == null || jwksUrl.isBlank()) {
            LOG.error(REFUSAL);
            throw new FailClosedException(REFUSAL);
        }
    }
}
