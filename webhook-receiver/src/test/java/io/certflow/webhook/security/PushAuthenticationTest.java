package io.certflow.webhook.security;

import io.certflow.webhook.support.PushClient;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PushAuthenticationTest extends PushTestContext {

    @Test
    void shouldChallengeAndStoreNothingWhenCredentialsAreMissing() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().anonymous().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"sectigo-push\"");
        assertNothingStored(push);
    }

    @Test
    void shouldRefuseAndStoreNothingWhenPasswordIsWrong() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().credentials(PushClient.USERNAME, "guess").get(PATH,
                push.encoded());

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingStored(push);
    }

    @Test
    void shouldRefuseWhenUsernameIsWrong() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().credentials("someone", PushClient.PASSWORD).get(PATH,
                push.encoded());

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingStored(push);
    }

    @Test
    void shouldGuardPushWhenPathIsSpelledWithTrailingSlash() {
        Pushes push = Pushes.revoked();

        HttpResponse<String> response = sectigo().anonymous().get(PATH + "/", push.encoded());

        assertThat(response.statusCode()).isIn(401, 404);
        assertNothingStored(push);
    }

    @Test
    void shouldAnswerHealthWithoutCredentialsWhenPushIsGuarded() {
        HttpResponse<String> response = sectigo().anonymous().get("/health", "");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void assertNothingStored(Pushes push) {
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isZero();
        assertThat(rows("messaging_outbox WHERE record_key = '" + push.orderNumber() + "'")).isZero();
    }
}
