package io.certflow.testkit.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four callers devstack writes tokens for ({@code .devstack/tokens.json}) and tests act as: two
 * tenants' clients, a read-only client and an operator. One list, so the README's examples, e2e and
 * the services' tests mean the same callers.
 */
public final class Personas {

    public static final TokenGrant ACME_CLIENT = TokenGrant.client("acme-client", "acme");
    public static final TokenGrant ACME_READER = TokenGrant.scoped("acme-reader", "acme", TokenGrant.READER_SCOPES);
    public static final TokenGrant GLOBEX_CLIENT = TokenGrant.client("globex-client", "globex");
    public static final TokenGrant OPERATOR = TokenGrant.operator("operator");

    private Personas() {
    }

    /** Each persona's name and a fresh token for it, valid for a day, in a stable order. */
    public static Map<String, String> tokens(TokenIssuer issuer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (TokenGrant persona : new TokenGrant[] {ACME_CLIENT, ACME_READER, GLOBEX_CLIENT, OPERATOR}) {
            tokens.put(persona.subject(), issuer.mint(persona));
        }
        return tokens;
    }
}
