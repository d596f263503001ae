package io.certflow.intake.limits;

import io.certflow.intake.order.Orders;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.intake.support.JsonPosts;
import io.certflow.testkit.auth.Personas;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile bodies over real HTTP: each refused in intake's field-error shape, nothing stored. */
@MicronautTest(transactional = false)
class RequestLimitsTest extends IntakeTestContext {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTHORIZATION = JsonPosts.authorization(Personas.ACME_CLIENT);

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    private String valid;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("micronaut.server.max-request-size", "64KB");
        return properties;
    }

    @BeforeAll
    void order() throws IOException {
        valid = json.writeValueAsString(Orders.dv().build());
    }

    @Test
    void shouldAnswer413NamingBodyWhenBodyExceedsMaxRequestSize() throws Exception {
        long before = rows("orders");

        HttpResponse<String> response = post(withField("\"" + "a".repeat(70_000) + "\""));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"field\":\"body\"", "exceeds the maximum allowed content length");
        assertThat(rows("orders")).isEqualTo(before);
    }

    @Test
    void shouldAnswer400NamingBodyWhenJsonIsNestedDeeperThanLimit() throws Exception {
        long before = rows("orders");

        HttpResponse<String> response = post(withField(nested(40)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"message\":\"The request cannot be read\"", "\"field\":\"body\"",
                "is nested deeper than 32 levels");
        assertThat(rows("orders")).isEqualTo(before);
    }

    @Test
    void shouldAnswer400WhenJsonIsNestedThousandsOfLevels() throws Exception {
        HttpResponse<String> response = post("{\"a\":".repeat(10_000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is nested deeper than 32 levels");
    }

    @Test
    void shouldAcceptOrderWhenUnknownFieldIsNestedWithinLimit() throws Exception {
        HttpResponse<String> response = post(withField(nested(20)));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void shouldAnswer400NamingBodyAndReasonWhenFieldHasWrongType() throws Exception {
        HttpResponse<String> response = post(valid.replace("\"days\":365", "\"days\":\"a year\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"", "cannot be read", "Unable to coerce string to integer")
                .doesNotContain("_links", "StreamReadFeature");
    }

    @Test
    void shouldAnswer400WhenBodyIsNotJson() throws Exception {
        HttpResponse<String> response = post("{\"type\": SSL");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"", "cannot be read");
    }

    @Test
    void shouldAnswer400NamingBodyWhenBodyIsNull() throws Exception {
        HttpResponse<String> response = post("null");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"", "is required");
    }

    private String withField(String value) {
        return valid.replaceFirst("\\{", "{\"extra\":" + value + ",");
    }

    private static String nested(int depth) {
        return "[".repeat(depth - 1) + "]".repeat(depth - 1);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/orders"))
                .header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
