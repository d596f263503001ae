package io.certflow.testkit.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A local OAuth 2.0 / OIDC-style token issuer: an RSA key made at start, its public half served as a
 * JWKS ({@code /.well-known/jwks.json}) beside an OpenID discovery document, and RS256 access tokens
 * minted on request. Services check its tokens exactly as they would a real provider's; tests and
 * devstack use it, nothing in production does.
 */
public final class TokenIssuer implements AutoCloseable {

    static final String JWKS_PATH = "/.well-known/jwks.json";
    static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TokenIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://localhost:" + server.getAddress().getPort();
    }

    /** Starts on {@code port} of the loopback interface; 0 picks a free one. */
    public static TokenIssuer start(int port) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 16);
            TokenIssuer issuer = new TokenIssuer(server, key);
            server.createContext(JWKS_PATH, exchange -> issuer.answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext(DISCOVERY_PATH, exchange -> issuer.answer(exchange, issuer.discovery()));
            server.start();
            return issuer;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the issuer's RSA key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port, e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUrl() {
        return issuer + JWKS_PATH;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A signed token carrying {@code grant}, issued by this issuer. */
    public String mint(TokenGrant grant) {
        return mint(grant, issuer);
    }

    /** A token signed with this issuer's key but naming another issuer: what a confused or forged token looks like. */
    public String mintNaming(String otherIssuer, TokenGrant grant) {
        return mint(grant, otherIssuer);
    }

    /** The settings that make a certflow service trust this issuer's tokens. */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "micronaut.security.token.jwt.signatures.jwks.certflow.url", jwksUrl(),
                "micronaut.security.token.jwt.claims-validators.issuer", issuer);
    }

    private String mint(TokenGrant grant, String namedIssuer) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(namedIssuer)
                .subject(grant.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(grant.validity())))
                .jwtID(UUID.randomUUID().toString());
        if (grant.tenant() != null) {
            claims.claim("tenant", grant.tenant());
        }
        if (!grant.scopes().isEmpty()) {
            claims.claim("scope", String.join(" ", grant.scopes()));
        }
        if (!grant.roles().isEmpty()) {
            claims.claim("roles", grant.roles());
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return token.serialize();
    }

    private String discovery() {
        return "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + jwksUrl()
                + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
