package io.certflow.e2e;

import io.certflow.devstack.App;
import io.certflow.e2e.support.Csrs;
import io.certflow.e2e.support.Http;
import io.certflow.e2e.support.Orders;
import io.certflow.e2e.support.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack starts whole and order-intake answers over real HTTP. */
class StackSmokeTest {

    @Test
    void shouldAnswerHealthyWhenTheStackHasStarted() {
        for (App app : App.values()) {
            Http.Reply health = Http.get(SystemUnderTest.url(app) + "/health");

            assertThat(health.status()).as(app.module() + " /health").isEqualTo(200);
            assertThat(health.map().get("status")).as(app.module() + " status").isEqualTo("UP");
        }
    }

    @Test
    void shouldAcceptWhenDvOrderIsValid() {
        Http.Reply reply = SystemUnderTest.intake().submit(Orders.dv().json());

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        String orderId = (String) reply.map().get("orderId");
        assertThat(orderId).isNotBlank();
        assertThat(reply.header("Location")).isEqualTo("/orders/" + orderId);
    }

    @Test
    void shouldAnswerBadRequestNamingCsrWhenCsrSignatureIsBad() {
        String badCsr = Csrs.withBadSignature(Orders.DOMAIN);

        Http.Reply reply = SystemUnderTest.intake().submit(Orders.dv().csr(badCsr).json());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.map().get("errors");
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo("csr");
            assertThat((String) error.get("reason")).contains("signature");
        });
    }

    @Test
    void shouldServeCaughtMailAsJsonWhenAskedOverHttp() {
        Http.Reply reply = Http.get(SystemUnderTest.stack().mailUrl());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        assertThat(reply.list()).hasSize(SystemUnderTest.stack().smtp().received().size());
    }
}
