package io.certflow.intake.fuzz;

import io.certflow.intake.order.Orders;
import io.certflow.intake.support.IntakeTestContext;
import io.certflow.intake.support.JsonPosts;
import io.certflow.testkit.auth.Personas;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A sample of {@link OrderInputFuzzTest}'s inputs over real HTTP (a round trip with its database work
 * costs far more than the in-process check, so 10,000 of each would take minutes on CI): each is
 * answered 202 or a 4xx, never a 5xx, within a bound, with acme's client's token (without one every
 * answer would be a 401 and prove nothing about the body). Each request has a connection of its own, so a
 * 413's closed connection cannot fail the next.
 */
@MicronautTest(transactional = false)
class HostileRequestsHttpTest extends IntakeTestContext {

    private static final int SAMPLE = 300;
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String AUTHORIZATION = JsonPosts.authorization(Personas.ACME_CLIENT);

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Test
    void shouldAnswerAcceptedOrClientErrorWithinBoundWhenOrderBodyIsHostile() {
        assertEveryAnswer(HostileOrders::from);
    }

    @Test
    void shouldAnswerAcceptedOrClientErrorWithinBoundWhenCsrIsHostile() {
        assertEveryAnswer(seed -> write(Orders.dv().csr(HostileCsrs.from(seed)).build()));
    }

    private void assertEveryAnswer(LongFunction<String> bodies) {
        LongStream.range(0, SAMPLE).mapToObj(bodies).forEach(body -> {
            HttpResponse<String> response = assertTimeoutPreemptively(BOUND, () -> post(body));
            int status = response.statusCode();
            assertThat(status == 202 || status >= 400 && status < 500).as(status + " " + response.body()).isTrue();
        });
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/orders"))
                .header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(sendable(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A lone surrogate has no UTF-8 bytes: the client would fail, not the server. */
    private static String sendable(String body) {
        return new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private String write(Object order) {
        try {
            return json.writeValueAsString(order);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
