package io.certflow.e2e.support;

import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenGrant;
import io.certflow.testkit.auth.TokenIssuer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of caller the access matrix tries on every endpoint, each as the {@code Authorization}
 * header it sends (none for {@link Kind#NO_TOKEN}). Tokens come from the stack's own issuer, except
 * the stranger's, which a second issuer with a key of its own signs.
 */
public final class Callers {

    /** Every kind, in the matrix's column order. */
    public enum Kind { NO_TOKEN, WRONG_ISSUER, EXPIRED, WRONG_SCOPE, OTHER_TENANT, RIGHT_TENANT, OPERATOR }

    private final TokenIssuer stackIssuer;
    private final TokenIssuer stranger;

    public Callers(TokenIssuer stackIssuer, TokenIssuer stranger) {
        this.stackIssuer = stackIssuer;
        this.stranger = stranger;
    }

    /**
     * The header of {@code kind}; {@code wrongScopes} are the scopes of an acme token that lacks what
     * the endpoint needs. {@link Kind#WRONG_ISSUER} is a token of another issuer (another key, another
     * {@code iss}); {@link #forgedIssuer()} is the other half of it.
     */
    public Optional<Map<String, String>> header(Kind kind, List<String> wrongScopes) {
        return switch (kind) {
            case NO_TOKEN -> Optional.empty();
            case WRONG_ISSUER -> bearer(stranger.mint(Personas.ACME_CLIENT));
            case EXPIRED -> bearer(stackIssuer.mint(Personas.ACME_CLIENT.validFor(Duration.ofMinutes(-5))));
            case WRONG_SCOPE -> bearer(stackIssuer.mint(TokenGrant.scoped("acme-narrow", "acme", wrongScopes)));
            case OTHER_TENANT -> bearer(stackIssuer.mint(Personas.GLOBEX_CLIENT));
            case RIGHT_TENANT -> bearer(stackIssuer.mint(Personas.ACME_CLIENT));
            case OPERATOR -> bearer(stackIssuer.mint(Personas.OPERATOR));
        };
    }

    /** Signed with the stack issuer's own key, but naming another issuer: refused all the same. */
    public Map<String, String> forgedIssuer() {
        return Http.bearer(stackIssuer.mintNaming("https://evil.example", Personas.ACME_CLIENT));
    }

    private static Optional<Map<String, String>> bearer(String token) {
        return Optional.of(Http.bearer(token));
    }
}
