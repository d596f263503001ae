package io.certflow.sandbox;

import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushListener.Received;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Failed (3 pre-sign, 5 post-sign), CAA-denied names and awaitingbrandvalidation (12) pushes. */
@MicronautTest
class FailedAndBrandPushTest extends PushingSandboxTest {

    @BeforeEach
    void pointPushesAtListener() {
        pushToListener(false);
    }

    private String placeDv(String commonName) {
        return autoApply(dv(commonName)).lines().get(1);
    }

    @Test
    void shouldPushPreSignFailedWithCaaReasonWhenFailedWithoutStageOrReason() {
        String number = placeDv("caa.example.com");

        assertThat(orderAction(number, "fail").status()).isEqualTo(200);

        Received push = listener.await(number, "failed");
        assertThat(push.parameters()).containsEntry("statusCode", "3")
                .containsEntry("statusDesc", "PRE-SIGN FAILED: CAA: Not authorized to issue")
                .doesNotContainKey("verificationCode");
        assertThat(order(number)).contains("\"status\":\"FAILED\"", "\"certificateState\":\"Failed\"",
                "\"failureStage\":\"PRE_SIGN\"", "\"reason\":\"CAA: Not authorized to issue\"");
    }

    @Test
    void shouldPushPreSignFailedWithGivenReasonWhenReasonIsGiven() {
        String number = placeDv("reason.example.com");

        orderAction(number, "fail?stage=pre&reason=Domain+is+blocked");

        assertThat(listener.await(number, "failed").get("statusDesc")).isEqualTo("PRE-SIGN FAILED: Domain is blocked");
    }

    @Test
    void shouldPushPostSignFailedWithCode5WhenStageIsPost() {
        String number = placeDv("post.example.com");

        orderAction(number, "fail?stage=post");

        Received push = listener.await(number, "failed");
        assertThat(push.parameters()).containsEntry("statusCode", "5").containsEntry("statusDesc", "POST-SIGN FAILED");
        assertThat(order(number)).contains("\"failureStage\":\"POST_SIGN\"").doesNotContain("BEGIN CERTIFICATE");
    }

    @Test
    void shouldAnswer400AndKeepOrderWhenStageIsUnknown() {
        String number = placeDv("stage.example.com");

        assertThat(orderAction(number, "fail?stage=during").status()).isEqualTo(400);
        assertThat(order(number)).contains("\"status\":\"AWAITING_VALIDATION\"");
    }

    @Test
    void shouldAnswer409WhenIssuedOrderIsFailed() {
        String number = placeDv("issued.example.com");
        completeValidation(number);

        assertThat(orderAction(number, "fail").status()).isEqualTo(409);
        assertThat(orderAction("1", "fail").status()).isEqualTo(404);
    }

    @Test
    void shouldFailPreSignInsteadOfIssuingWhenDvNameIsCaaDenied() {
        setSettings("{\"caaDeniedDomains\":[\"Denied.Example\"]}");
        String number = placeDv("shop.denied.example");

        completeValidation(number);

        Received push = listener.await(number, "failed");
        assertThat(push.parameters()).containsEntry("statusCode", "3")
                .containsEntry("statusDesc", "PRE-SIGN FAILED: CAA: Not authorized to issue");
        assertThat(listener.statuses(number)).containsExactly("failed");
        assertThat(order(number)).contains("\"status\":\"FAILED\"").doesNotContain("BEGIN CERTIFICATE");
    }

    @Test
    void shouldPushVerifiedThenFailedWhenOneNameOfOvOrderIsCaaDenied() {
        setSettings("{\"caaDeniedDomains\":[\"secure.sectigo.com\"]}");
        String number = autoApply(ovMultiDomainRequest(Csrs.ec("sectigo.com"))).lines().get(1);

        completeValidation(number);

        listener.await(number, "failed");
        assertThat(listener.statuses(number)).containsExactly("verified", "failed");
    }

    @Test
    void shouldIssueWhenNameOnlyResemblesCaaDeniedSuffix() {
        setSettings("{\"caaDeniedDomains\":[\"denied.example\"]}");
        String number = placeDv("notdenied.example");

        completeValidation(number);

        assertThat(listener.await(number, "issued").get("statusCode")).isEqualTo("9");
    }

    @Test
    void shouldPushAwaitingBrandValidationAndKeepWaitingWhenBrandValidationIsAsked() {
        String number = placeDv("brand.example.com");

        assertThat(orderAction(number, "brand-validation").status()).isEqualTo(200);

        Received push = listener.await(number, "awaitingbrandvalidation");
        assertThat(push.parameters()).containsEntry("statusCode", "12")
                .containsEntry("statusDesc", "Awaiting Validation (Brand)");
        assertThat(order(number)).contains("\"status\":\"AWAITING_VALIDATION\"", "\"brandValidation\":true");
        completeValidation(number);
        listener.await(number, "issued");
        assertThat(listener.statuses(number)).containsExactly("awaitingbrandvalidation", "issued");
    }

    @Test
    void shouldAnswer409WhenBrandValidationIsAskedForIssuedOrder() {
        String number = placeDv("brandlate.example.com");
        completeValidation(number);
        listener.await(number, "issued");

        assertThat(orderAction(number, "brand-validation").status()).isEqualTo(409);
        await().during(Duration.ofMillis(300)).until(() -> listener.statuses(number).size() == 1);
    }
}
