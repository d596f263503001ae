package io.certflow.intake;

import io.certflow.intake.support.IntakeTestContext;
import io.certflow.intake.support.JsonPosts;
import io.certflow.testkit.auth.Personas;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What intake answers around its endpoints: 401 and 403 in its own {@code {"message"}} shape, a path no
 * route serves 404 with or without a token, health open to anyone and no other management endpoint.
 */
@MicronautTest(transactional = false)
class RefusalsApiTest extends IntakeTestContext {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void shouldAnswer401WithBearerChallengeAndMessageWhenTokenIsMissing() throws Exception {
        HttpResponse<String> response = get("/orders/" + UUID.randomUUID(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.body())
                .isEqualTo("{\"message\":\"A valid bearer token of the trusted issuer is required\"}");
    }

    @Test
    void shouldAnswer403WithMessageWhenTokenLacksTheScope() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders"))
                .header("Authorization", JsonPosts.authorization(Personas.ACME_READER))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("{\"message\":\"The token does not grant the scope this request needs\"}");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldAnswer404WhenNoRouteServesThePathWhateverTheToken(boolean withToken) throws Exception {
        assertThat(get("/certificates", withToken ? JsonPosts.authorization(Personas.ACME_CLIENT) : null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldReportHealthWhenCallerHasNoToken() throws Exception {
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/info", "/routes", "/beans", "/threaddump", "/loggers", "/env"})
    void shouldServeNoOtherManagementEndpointWhenCallerHasAToken(String path) throws Exception {
        assertThat(get(path, JsonPosts.authorization(Personas.OPERATOR)).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
