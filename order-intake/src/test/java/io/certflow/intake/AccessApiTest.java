package io.certflow.intake;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.intake.csr.Csrs;
import io.certflow.intake.order.Orders;
import io.certflow.intake.replacement.ReplacementForm;
import io.certflow.intake.support.Callers;
import io.certflow.intake.support.JsonPosts;
import io.certflow.intake.support.LifecycleTestContext;
import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.auth.Personas;
import io.certflow.testkit.auth.TokenGrant;
import io.certflow.testkit.auth.TokenIssuer;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each intake endpoint: no token, a stranger's, a forged issuer or an expired one is 401;
 * a token without the endpoint's scope 403; another tenant's order answers exactly like an unknown id
 * and changes nothing; the operator reads and manages every tenant's orders but submits none.
 */
@MicronautTest(transactional = false)
class AccessApiTest extends LifecycleTestContext {

    private static final String NEW_CSR = Csrs.of(Csrs.EC_P256, Orders.DOMAIN);
    private static final TokenGrant SUBMIT_ONLY = TokenGrant.scoped("acme-submitter", "acme", List.of("orders:submit"));
    private static final TokenGrant NO_TENANT = TokenGrant.scoped("tenantless", null, List.of("orders:submit"));

    private TokenIssuer stranger;
    private UUID acmeOrder;

    enum Endpoint { SUBMIT, READ, REPLACE, REVOKE }

    enum BadToken { NONE, STRANGER, EVIL_ISSUER, EXPIRED }

    @BeforeAll
    void issuedOrder() {
        stranger = TokenIssuer.start(0);
        acmeOrder = lifecycle.issued(Orders.dv().build());
    }

    @AfterAll
    void stopStranger() {
        stranger.close();
    }

    static Stream<Arguments> everyEndpointWithEveryBadToken() {
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(BadToken.values()).map(token -> Arguments.of(endpoint, token)));
    }

    @ParameterizedTest
    @MethodSource("everyEndpointWithEveryBadToken")
    void shouldAnswer401AndChangeNothingWhenTokenIsMissingForeignForgedOrExpired(Endpoint endpoint, BadToken token)
            throws IOException {
        long orders = rows("orders");
        long outbox = rows("messaging_outbox");

        int status = statusOf(client.withToken(bad(token)), endpoint, acmeOrder);

        assertThat(status).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(rows("orders")).isEqualTo(orders);
        assertThat(rows("messaging_outbox")).isEqualTo(outbox);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void shouldAnswer403AndChangeNothingWhenTokenLacksTheEndpointsScope(Endpoint endpoint) throws IOException {
        long outbox = rows("messaging_outbox");
        TokenGrant unfit = endpoint == Endpoint.READ ? SUBMIT_ONLY : Personas.ACME_READER;

        int status = statusOf(client.as(unfit), endpoint, acmeOrder);

        assertThat(status).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(rows("messaging_outbox")).isEqualTo(outbox);
        assertThat(client.get("/orders/" + acmeOrder)).doesNotContainKeys("revocation", "replacedByOrderId");
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"READ", "REPLACE", "REVOKE"})
    void shouldAnswerLikeAnUnknownIdAndChangeNothingWhenOrderIsAnotherTenants(Endpoint endpoint) throws IOException {
        UUID unknown = UUID.randomUUID();
        long outbox = rows("messaging_outbox");
        Object version = queryOne("SELECT version FROM orders WHERE id = '" + acmeOrder + "'");
        JsonPosts globex = client.as(Personas.GLOBEX_CLIENT);

        HttpClientResponseException hidden = refusal(globex, endpoint, acmeOrder);
        HttpClientResponseException missing = refusal(globex, endpoint, unknown);

        assertThat(hidden.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode()).isEqualTo(missing.code());
        assertThat(JsonPosts.body(hidden)).isEqualTo(Map.of("message", "No order " + acmeOrder))
                .isEqualTo(Map.of("message", String.valueOf(JsonPosts.body(missing).get("message"))
                        .replace(unknown.toString(), acmeOrder.toString())));
        assertThat(rows("messaging_outbox")).isEqualTo(outbox);
        assertThat(queryOne("SELECT version FROM orders WHERE id = '" + acmeOrder + "'")).isEqualTo(version);
    }

    @Test
    void shouldReadRevokeAndReplaceWhenOrderIsTheCallersTenants() throws IOException {
        UUID order = lifecycle.issued(Orders.dv().build());

        assertThat(client.get("/orders/" + order)).containsEntry("tenant", "acme");
        assertThat(statusOf(client, Endpoint.REVOKE, order)).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String replacement = (String) client.post(replacementPath(order), replacementBody(), null).body()
                .get("orderId");

        assertThat(client.get("/orders/" + order)).containsKey("revocation");
        assertThat(requested(replacement).tenant()).isEqualTo("acme");
    }

    @Test
    void shouldReadAndManageEveryTenantsOrderWhenCallerIsOperator() throws IOException {
        UUID globexOrder = lifecycle.issued(Callers.GLOBEX, Orders.dv().build());
        UUID acmeIssued = lifecycle.issued(Orders.dv().build());
        JsonPosts operator = client.as(Personas.OPERATOR);

        assertThat(operator.get("/orders/" + globexOrder)).containsEntry("tenant", "globex");
        assertThat(statusOf(operator, Endpoint.REVOKE, globexOrder)).isEqualTo(HttpStatus.ACCEPTED.getCode());
        String replacement = (String) operator.post(replacementPath(acmeIssued), replacementBody(), null).body()
                .get("orderId");

        assertThat(client.as(Personas.GLOBEX_CLIENT).get("/orders/" + globexOrder)).containsKey("revocation");
        assertThat(client.get("/orders/" + replacement)).containsEntry("tenant", "acme")
                .containsEntry("replacesOrderId", acmeIssued.toString());
        assertThat(requested(replacement).tenant()).isEqualTo("acme");
    }

    @Test
    void shouldAnswer403WhenOperatorSubmits() throws IOException {
        long orders = rows("orders");

        assertThat(statusOf(client.as(Personas.OPERATOR), Endpoint.SUBMIT, null))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(rows("orders")).isEqualTo(orders);
    }

    @Test
    void shouldAnswer403SayingSoWhenSubmittingTokenNamesNoTenant() throws IOException {
        long orders = rows("orders");

        HttpClientResponseException refused = refusal(client.as(NO_TENANT), Endpoint.SUBMIT, null);

        assertThat(refused.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(JsonPosts.body(refused).get("message")).asString().contains("names no tenant", "cannot submit");
        assertThat(rows("orders")).isEqualTo(orders);
    }

    @Test
    void shouldMakeTwoOrdersWhenTwoTenantsSendTheSameIdempotencyKey() throws IOException {
        String key = "shared-" + UUID.randomUUID();

        Object acme = client.post("/orders", json.writeValueAsString(Orders.dv().build()), key).body().get("orderId");
        Object globex = client.as(Personas.GLOBEX_CLIENT)
                .post("/orders", json.writeValueAsString(Orders.dv().days(730).build()), key).body().get("orderId");

        assertThat(globex).isNotEqualTo(acme);
        assertThat(queryOne("SELECT string_agg(tenant, ',' ORDER BY tenant) FROM orders WHERE request_id = '" + key
                + "'")).isEqualTo("acme,globex");
        assertThat(requested((String) globex).tenant()).isEqualTo("globex");
    }

    private String bad(BadToken token) {
        TokenGrant acme = Personas.ACME_CLIENT;
        return switch (token) {
            case NONE -> null;
            case STRANGER -> stranger.mint(acme);
            case EVIL_ISSUER -> Infrastructure.tokenIssuer().mintNaming("https://evil.example", acme);
            case EXPIRED -> JsonPosts.token(acme.validFor(Duration.ofHours(-1)));
        };
    }

    private int statusOf(JsonPosts caller, Endpoint endpoint, UUID orderId) throws IOException {
        try {
            return call(caller, endpoint, orderId);
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    private HttpClientResponseException refusal(JsonPosts caller, Endpoint endpoint, UUID orderId) {
        return org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> call(caller, endpoint, orderId));
    }

    private int call(JsonPosts caller, Endpoint endpoint, UUID orderId) throws IOException {
        return switch (endpoint) {
            case SUBMIT -> caller.post("/orders", json.writeValueAsString(Orders.dv().build()), null).code();
            case READ -> {
                caller.get("/orders/" + orderId);
                yield HttpStatus.OK.getCode();
            }
            case REPLACE -> caller.post(replacementPath(orderId), replacementBody(), null).code();
            case REVOKE -> caller.post("/orders/" + orderId + "/revocation", "{\"reason\":\"KEY_COMPROMISE\"}", null)
                    .code();
        };
    }

    private static String replacementPath(UUID orderId) {
        return "/orders/" + orderId + "/replacement";
    }

    private String replacementBody() throws IOException {
        return json.writeValueAsString(new ReplacementForm(NEW_CSR, null, null));
    }

    private OrderRequested requested(String orderId) {
        return lifecycle.events().first(Topics.ORDER_REQUESTED, orderId, OrderRequested.class);
    }
}
