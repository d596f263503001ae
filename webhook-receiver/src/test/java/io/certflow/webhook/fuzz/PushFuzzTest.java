package io.certflow.webhook.fuzz;

import io.certflow.testkit.Infrastructure;
import io.certflow.webhook.support.HostilePushes;
import io.certflow.webhook.support.PushClient;
import io.certflow.webhook.support.PushTestContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 1,000 of the hostile pushes of {@code PushParsingFuzzTest} (which runs 10,000 in-process: a round
 * trip here costs ~15 ms on a shared CI machine) over real HTTP, with valid credentials from an
 * allowed address, so every one reaches the parser, the validator and, when valid, the database:
 * each answers 200 or a 4xx (400; 413 for a query beyond the server's line limit), never a 5xx,
 * within a bound. Each request has a connection of its own, so
 * one refusal's closed connection cannot fail the next. jqwik has no Micronaut extension, so the
 * server is started here.
 */
class PushFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static EmbeddedServer server;

    @BeforeContainer
    static void start() {
        Map<String, Object> properties = new HashMap<>(Infrastructure.micronautProperties("webhook_receiver"));
        properties.put("certflow.webhook.push.username", PushClient.USERNAME);
        properties.put("certflow.webhook.push.password", PushClient.PASSWORD);
        properties.put("certflow.webhook.push.allowed-ips", "127.0.0.1,::1");
        properties.put("certflow.webhook.push.rate.per-second", "100000");
        properties.put("certflow.webhook.push.rate.burst", "100000");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 1_000, seed = "11")
    void shouldAnswerSuccessOrClientErrorWithinBoundWhenPushIsHostile(@ForAll("pushes") HostilePushes.Request push) {
        HttpResponse<String> response = assertTimeoutPreemptively(BOUND, () -> send(push));

        int status = response.statusCode();
        assertThat(status == 200 || status >= 400 && status < 500).as(status + " " + response.body()).isTrue();
    }

    @Provide
    Arbitrary<HostilePushes.Request> pushes() {
        return Arbitraries.longs().map(HostilePushes::from);
    }

    private static HttpResponse<String> send(HostilePushes.Request push) {
        PushClient sectigo = PushClient.to(server.getPort(), HttpClient.newHttpClient());
        if (!push.post()) {
            try {
                return sectigo.get(PushTestContext.PATH, push.form());
            } catch (IllegalArgumentException notAUri) {
                // A query the client cannot even put in a URL goes as a form body instead.
            }
        }
        return sectigo.post(PushTestContext.PATH, push.form());
    }
}
