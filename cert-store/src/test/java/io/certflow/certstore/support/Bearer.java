package io.certflow.certstore.support;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenGrant;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;

/**
 * Requests that carry a token of the JVM's token issuer, as every caller of cert-store's API must.
 * Without a persona a request acts as {@link Personas#ACME_CLIENT}, the tenant of {@link TestEvents}.
 */
public final class Bearer {

    private Bearer() {
    }

    public static MutableHttpRequest<?> get(String uri) {
        return get(uri, Personas.ACME_CLIENT);
    }

    public static MutableHttpRequest<?> get(String uri, TokenGrant persona) {
        return get(uri, Infrastructure.tokenIssuer().mint(persona));
    }

    public static MutableHttpRequest<?> get(String uri, String token) {
        return HttpRequest.GET(uri).bearerAuth(token);
    }
}
