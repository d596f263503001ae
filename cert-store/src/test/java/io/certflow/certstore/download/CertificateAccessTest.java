package io.certflow.certstore.download;

import io.certflow.certstore.support.Bearer;
import io.certflow.certstore.support.CertStoreTestContext;
import io.certflow.certstore.support.TestCa;
import io.certflow.certstore.support.TestEvents;
import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenGrant;
import io.certflow.testkit.auth.TokenIssuer;
import io.certflow.testkit.kafka.EventLog;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every /certificates endpoint × every kind of caller, for certificates of two tenants and one from before tenants. */
@MicronautTest(transactional = false)
class CertificateAccessTest extends CertStoreTestContext {

    private static final List<String> DOWNLOADS = List.of("", "/pem", "/chain", "/fullchain", "/der", "/p7b");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private final String unique = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    private final TokenIssuer stranger = TokenIssuer.start(0);
    private CertificateStored acme;
    private CertificateStored globex;
    private CertificateStored legacy;

    @BeforeAll
    void storeOnePerTenantAndOneWithout() {
        EventLog kafka = new EventLog(json);
        acme = store(kafka, TestEvents.TENANT);
        globex = store(kafka, "globex");
        legacy = store(kafka, null);
    }

    @AfterAll
    void stopStranger() {
        stranger.close();
    }

    @Test
    void shouldAnswerUnauthorizedWhenTokenIsMissingForeignForgedOrExpired() {
        TokenIssuer issuer = Infrastructure.tokenIssuer();
        List<String> refused = List.of(stranger.mint(Personas.ACME_CLIENT),
                issuer.mintNaming("https://evil.example", Personas.ACME_CLIENT),
                issuer.mint(Personas.ACME_CLIENT.validFor(Duration.ofHours(-1))));

        for (String uri : uris(acme)) {
            assertThat(status(HttpRequest.GET(uri))).as(uri).isEqualTo(401);
            for (String token : refused) {
                assertThat(status(Bearer.get(uri, token))).as(uri).isEqualTo(401);
            }
        }
    }

    @Test
    void shouldAnswerForbiddenWhenTokenLacksCertificatesRead() {
        TokenGrant ordersOnly = TokenGrant.scoped("orders-only", TestEvents.TENANT, List.of("orders:read"));

        for (String uri : uris(acme)) {
            assertThat(status(Bearer.get(uri, ordersOnly))).as(uri).isEqualTo(403);
        }
    }

    @Test
    void shouldAnswerNotFoundWhenCertificateBelongsToAnotherTenant() {
        for (String suffix : DOWNLOADS) {
            String uri = "/certificates/" + acme.certificateId() + suffix;
            assertThat(status(Bearer.get(uri, Personas.GLOBEX_CLIENT))).as(uri).isEqualTo(404);
        }
        assertThat(search("orderId=" + acme.orderId(), Personas.GLOBEX_CLIENT)).isEmpty();
    }

    @Test
    void shouldServeEveryEndpointWhenCallerIsOfTheTenantOrAnOperator() {
        for (TokenGrant persona : List.of(Personas.ACME_CLIENT, Personas.ACME_READER, Personas.OPERATOR)) {
            for (String uri : uris(acme)) {
                assertThat(http.toBlocking().exchange(Bearer.get(uri, persona), byte[].class).code())
                        .as(persona.subject() + " " + uri).isEqualTo(200);
            }
        }
    }

    @Test
    void shouldShowCertificateOnlyToOperatorsWhenItsOrderPredatesTenants() {
        for (String suffix : DOWNLOADS) {
            String uri = "/certificates/" + legacy.certificateId() + suffix;
            assertThat(status(Bearer.get(uri, Personas.ACME_CLIENT))).as(uri).isEqualTo(404);
            assertThat(http.toBlocking().exchange(Bearer.get(uri, Personas.OPERATOR), byte[].class).code())
                    .as(uri).isEqualTo(200);
        }
    }

    @Test
    void shouldFindOnlyTheCallersTenantsCertificatesWhenSearching() {
        String byName = "domain=" + unique;

        assertThat(search(byName, Personas.ACME_CLIENT)).containsExactly(acme.certificateId().toString());
        assertThat(search(byName, Personas.GLOBEX_CLIENT)).containsExactly(globex.certificateId().toString());
        assertThat(search(byName, Personas.OPERATOR)).containsExactlyInAnyOrder(acme.certificateId().toString(),
                globex.certificateId().toString(), legacy.certificateId().toString());
        assertThat(search("expiringBefore=2100-01-01T00:00:00Z", Personas.GLOBEX_CLIENT))
                .contains(globex.certificateId().toString())
                .doesNotContain(acme.certificateId().toString(), legacy.certificateId().toString());
    }

    private CertificateStored store(EventLog kafka, String tenant) {
        TestEvents order = new TestEvents();
        kafka.publish(order.requestedMultiDomain(unique, unique).forTenant(tenant));
        kafka.publish(order.pushed(TestCa.TRUSTED.leaf(unique, unique).pem(),
                List.of(TestCa.TRUSTED.intermediatePem(), TestCa.TRUSTED.rootPem())));
        return kafka.first(Topics.CERTIFICATE_STORED, order.orderId.toString(), CertificateStored.class);
    }

    private static List<String> uris(CertificateStored certificate) {
        return Stream.concat(Stream.of("/certificates?orderId=" + certificate.orderId()),
                DOWNLOADS.stream().map(suffix -> "/certificates/" + certificate.certificateId() + suffix)).toList();
    }

    private List<String> search(String query, TokenGrant persona) {
        return http.toBlocking().retrieve(Bearer.get("/certificates?" + query, persona),
                Argument.listOf(Map.class)).stream().map(view -> String.valueOf(view.get("id"))).toList();
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
