package io.certflow.webhook.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.certflow.webhook.support.PushClient;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PushAuthenticationTest extends PushTestContext {

    @Inject
    AuthFailures failures;

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
    void shouldCountAndLogWithoutSecretsWhenPasswordIsWrong() {
        String guess = "canary-guess-7f3a";
        String header = Base64.getEncoder().encodeToString((PushClient.USERNAME + ":" + guess)
                .getBytes(StandardCharsets.UTF_8));
        ListAppender<ILoggingEvent> log = capture();
        long before = failures.count();

        HttpResponse<String> response = sectigo().credentials(PushClient.USERNAME, guess).post(PATH,
                Pushes.revoked().encoded());
        HttpResponse<String> health = sectigo().anonymous().get("/health", "");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(failures.count()).isEqualTo(before + 1);
        assertThat(health.body()).containsPattern("\"pushAuthFailures\":\\{[^{}]*\"details\":\\{\"count\":"
                + (before + 1) + "}");
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("127.0.0.1", "wrong credentials")
                .doesNotContain(guess, header, PushClient.PASSWORD, PushClient.USERNAME, "Basic");
    }

    @Test
    void shouldAnswer415NotA500WhenAPushComesAsJson() {
        HttpResponse<String> wrongPassword = sectigo().credentials(PushClient.USERNAME, "guess").post(PATH,
                "application/json", "{}");
        HttpResponse<String> rightPassword = sectigo().post(PATH, "application/json", "{}");

        assertThat(wrongPassword.statusCode()).isEqualTo(415);
        assertThat(rightPassword.statusCode()).isEqualTo(415);
        assertThat(rightPassword.body()).contains("application/x-www-form-urlencoded");
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

    private static ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(AuthFailures.class);
        logger.detachAndStopAllAppenders();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private void assertNothingStored(Pushes push) {
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isZero();
        assertThat(rows("messaging_outbox WHERE record_key = '" + push.orderNumber() + "'")).isZero();
    }
}
