package io.certflow.testkit.auth;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuerTest {

    private static final TokenIssuer ISSUER = TokenIssuer.start(0);

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void shouldMintATokenThatItsPublishedKeyVerifiesWhenAClientAsksForOne() throws Exception {
        SignedJWT token = SignedJWT.parse(ISSUER.mint(Personas.ACME_CLIENT));
        RSAKey published = (RSAKey) JWKSet.parse(fetch(ISSUER.jwksUrl())).getKeyByKeyId(token.getHeader().getKeyID());

        assertThat(token.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(ISSUER.issuer());
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("acme-client");
        assertThat(token.getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("acme");
        assertThat(token.getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("orders:submit orders:read orders:manage certificates:read");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void shouldPublishItsJwksInTheDiscoveryDocumentWhenAskedLikeAnOidcProvider() throws Exception {
        assertThat(fetch(ISSUER.issuer() + "/.well-known/openid-configuration"))
                .contains("\"issuer\":\"" + ISSUER.issuer() + "\"")
                .contains("\"jwks_uri\":\"" + ISSUER.jwksUrl() + "\"");
    }

    @Test
    void shouldMintAnOperatorTokenWithTheRoleAndNoTenant() throws Exception {
        var claims = SignedJWT.parse(ISSUER.mint(Personas.OPERATOR)).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).isEqualTo(List.of("operator"));
        assertThat(claims.getClaim("tenant")).isNull();
        assertThat(claims.getClaim("scope")).isNull();
    }

    @Test
    void shouldMintAnExpiredTokenWhenTheValidityIsNegative() throws Exception {
        var claims = SignedJWT.parse(ISSUER.mint(Personas.ACME_CLIENT.validFor(Duration.ofMinutes(-5))))
                .getJWTClaimsSet();

        assertThat(claims.getExpirationTime()).isBefore(new Date());
    }

    @Test
    void shouldMintOneTokenPerPersonaWhenDevstackAsksForTheSet() {
        assertThat(Personas.tokens(ISSUER)).containsOnlyKeys("acme-client", "acme-reader", "globex-client", "operator");
    }

    private static String fetch(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
