package io.certflow.sandbox;

import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static io.certflow.sandbox.support.SandboxClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Faults on demand through the control API. */
@MicronautTest
class FaultsTest extends PushingSandboxTest {

    @BeforeEach
    void pointPushesAtListener() {
        pushToListener(true);
    }

    @Test
    void shouldDelayAnswerWhenLatencyIsSet() {
        setFaults("{\"latencyMs\":300}");
        long start = System.nanoTime();

        autoApply(dv("slow.example.com"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldAnswerHttp5xxWhenRateIsOne() {
        setFaults("{\"http5xxRate\":1.0,\"http5xxStatus\":502}");

        Response response = autoApply(dv("down.example.com"));

        assertThat(response.status()).isEqualTo(502);
        setFaults("{\"http5xxRate\":0}");
        assertThat(client.get("/sandbox/calls").body()).contains("\"outcome\":\"HTTP_ERROR\"");
        assertThat(client.get("/sandbox/orders").body()).isEqualTo("[]");
    }

    @Test
    void shouldCreateOrderButDropConnectionWhenDropResponseBurstIsOn() {
        setFaults("{\"dropResponseBurst\":1}");

        assertThatThrownBy(() -> client.postRaw(AUTO_APPLY, with(dv("lost.example.com"),
                "foreignOrderNumber", "lost-1"))).isInstanceOf(IOException.class);

        assertThat(client.get("/sandbox/orders?foreignOrderNumber=lost-1").body())
                .contains("\"status\":\"AWAITING_VALIDATION\"");
        assertThat(client.get("/sandbox/calls").body()).contains("\"outcome\":\"DROPPED\"");
        Response retry = autoApply(with(dv("lost.example.com"), "foreignOrderNumber", "lost-1",
                "checkFONIsUnique", "Y"));
        assertThat(retry.lines().get(0)).isEqualTo("-64");
    }

    @Test
    void shouldNotDeliverPushWhenPushDropRateIsOne() {
        setFaults("{\"pushDropRate\":1.0}");
        String number = autoApply(dv("nopush.example.com")).lines().get(1);

        completeValidation(number);

        assertThat(client.get("/sandbox/pushes").body()).contains("\"outcome\":\"DROPPED\"");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> listener.statuses(number).isEmpty());
    }

    @Test
    void shouldDeliverPushTwiceWhenPushDuplicateRateIsOne() {
        setFaults("{\"pushDuplicateRate\":1.0}");
        String number = autoApply(dv("twice.example.com")).lines().get(1);

        completeValidation(number);

        await().atMost(Duration.ofSeconds(5)).until(() -> listener.statuses(number).size() == 2);
        assertThat(listener.statuses(number)).containsExactly("issued", "issued");
    }

    @Test
    void shouldDeliverLaterPushFirstWhenEarlierPushIsHeldBack() {
        setFaults("{\"pushReorderBurst\":1,\"pushReorderDelayMs\":1000}");
        String number = autoApply(ovMultiDomainRequest(Csrs.rsa("sectigo.com"))).lines().get(1);

        completeValidation(number);

        await().atMost(Duration.ofSeconds(5)).until(() -> listener.statuses(number).size() == 2);
        assertThat(listener.statuses(number)).containsExactly("issued", "verified");
    }

    @Test
    void shouldShowAndClearFaultsWhenReset() {
        setFaults("{\"latencyMs\":5,\"callLimitBurst\":3}");
        assertThat(client.get("/sandbox/faults").body()).contains("\"latencyMs\":5", "\"callLimitBurst\":3");

        client.post("/sandbox/reset", java.util.Map.of());

        assertThat(client.get("/sandbox/faults").body()).contains("\"latencyMs\":0", "\"callLimitBurst\":0");
    }
}
