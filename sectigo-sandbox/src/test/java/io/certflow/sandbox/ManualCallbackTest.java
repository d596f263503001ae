package io.certflow.sandbox;

import io.certflow.sandbox.support.Csrs;
import io.certflow.sandbox.support.PushingSandboxTest;
import io.certflow.sandbox.support.SandboxClient.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * manualCallback: OV / EV orders stop after verified / click-through until the customer's callback,
 * completed through the control API or the customer-facing links of the Sectigo host.
 */
@MicronautTest
class ManualCallbackTest extends PushingSandboxTest {

    @BeforeEach
    void pointPushesAtListenerWithManualCallback() {
        pushToListener(true);
        setSettings("{\"manualCallback\":true}");
    }

    private String validatedOv(String commonName) {
        String number = autoApply(ovMultiDomainRequest(Csrs.ec(commonName))).lines().get(1);
        completeValidation(number);
        listener.await(number, "verified");
        return number;
    }

    private String validatedEv(String commonName) {
        String number = autoApply(evRequest(commonName)).lines().get(1);
        completeValidation(number);
        listener.await(number, "click-through");
        return number;
    }

    private void assertStillWaiting(String number, String... pushedSoFar) {
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> listener.statuses(number).size() == pushedSoFar.length);
        assertThat(listener.statuses(number)).containsExactly(pushedSoFar);
        assertThat(order(number)).contains("\"status\":\"AWAITING_VALIDATION\"", "\"callbackPending\":true");
    }

    private String code(String number) {
        return listener.await(number, listener.statuses(number).get(0)).get("verificationCode");
    }

    @Test
    void shouldPushVerifiedAndWaitWhenOvOrderPassesDcv() {
        String number = validatedOv("wait.sectigo.com");

        assertStillWaiting(number, "verified");
        assertThat(code(number)).matches("[A-Za-z0-9]{16}");
        assertThat(order(number)).contains("\"verificationCode\":\"" + code(number) + "\"");
    }

    @Test
    void shouldIssueOvWhenControlApiCompletesCallbackWithCode() {
        String number = validatedOv("control.sectigo.com");

        Response response = orderAction(number, "complete-callback?code=" + code(number));

        assertThat(response.status()).isEqualTo(200);
        assertThat(listener.await(number, "issued").get("certificate")).contains("BEGIN CERTIFICATE");
        assertThat(listener.statuses(number)).containsExactly("verified", "issued");
        assertThat(order(number)).contains("\"status\":\"ISSUED\"", "\"callbackPending\":false");
    }

    @Test
    void shouldIssueWhenControlApiCompletesCallbackWithoutCode() {
        String number = validatedOv("nocode.sectigo.com");

        assertThat(orderAction(number, "complete-callback").status()).isEqualTo(200);
        listener.await(number, "issued");
    }

    @Test
    void shouldAnswer400AndKeepWaitingWhenControlApiGivesWrongCode() {
        String number = validatedOv("wrong.sectigo.com");

        assertThat(orderAction(number, "complete-callback?code=WRONGCODE").status()).isEqualTo(400);
        assertStillWaiting(number, "verified");
    }

    @Test
    void shouldPushClickThroughWaitThenVerifiedAndIssuedWhenEvCallbackCompletes() {
        String number = validatedEv("ev.sectigo.com");
        assertStillWaiting(number, "click-through");

        orderAction(number, "complete-callback?code=" + code(number));

        listener.await(number, "issued");
        assertThat(listener.statuses(number)).containsExactly("click-through", "verified", "issued");
        assertThat(listener.await(number, "verified").get("verificationCode")).isEqualTo(code(number));
    }

    @Test
    void shouldCompleteOvCallbackWhenCustomerOpensCallbackLinkWithCode() {
        String number = validatedOv("link.sectigo.com");

        Response page = client.get("/products/EnterCallbackCode?orderNumber=" + number + "&code2=" + code(number));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("callback for order " + number + " is complete");
        listener.await(number, "issued");
    }

    @Test
    void shouldServeCallbackPageWhenClientAcceptsAnything() {
        String number = validatedOv("curl.sectigo.com");

        // curl sends Accept: */*; the page must win over the generic /products/{name} API route.
        Response page = client.get("/products/EnterCallbackCode?orderNumber=" + number + "&code2=" + code(number),
                Map.of("Accept", "*/*"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        listener.await(number, "issued");
    }

    @Test
    void shouldCompleteEvClickThroughWhenCustomerOpensAgreementLinkWithCode() {
        String number = validatedEv("evlink.sectigo.com");

        Response page = client.get("/products/ExecuteAgreementsWithCode?orderNumber=" + number + "&code2="
                + code(number));

        assertThat(page.status()).isEqualTo(200);
        listener.await(number, "issued");
        assertThat(listener.statuses(number)).containsExactly("click-through", "verified", "issued");
    }

    @Test
    void shouldAnswer400AndChangeNothingWhenLinkCarriesWrongCode() {
        String number = validatedOv("badlink.sectigo.com");

        Response page = client.get("/products/EnterCallbackCode?orderNumber=" + number + "&code2=nope");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("not valid");
        assertStillWaiting(number, "verified");
    }

    @Test
    void shouldAnswer400WhenOvOrderIsOpenedWithEvLinkOrCodeIsMissing() {
        String number = validatedOv("mixed.sectigo.com");

        assertThat(client.get("/products/ExecuteAgreementsWithCode?orderNumber=" + number + "&code2=" + code(number))
                .status()).isEqualTo(400);
        assertThat(client.get("/products/EnterCallbackCode?orderNumber=" + number).status()).isEqualTo(400);
        assertStillWaiting(number, "verified");
    }

    @Test
    void shouldAnswer404ForUnknownOrderAnd409WhenCallbackIsUsedTwice() {
        String number = validatedOv("twice.sectigo.com");
        String link = "/products/EnterCallbackCode?orderNumber=" + number + "&code2=" + code(number);
        client.get(link);

        assertThat(client.get(link).status()).isEqualTo(409);
        assertThat(client.get("/products/EnterCallbackCode?orderNumber=1&code2=x").status()).isEqualTo(404);
        assertThat(orderAction(number, "complete-callback").status()).isEqualTo(409);
    }

    @Test
    void shouldAnswer409WhenValidationIsCompletedAgainWhileCallbackIsPending() {
        String number = validatedOv("again.sectigo.com");

        assertThat(completeValidation(number).status()).isEqualTo(409);
        assertStillWaiting(number, "verified");
    }

    @Test
    void shouldEscapeOrderNumberWhenLinkNamesUnknownOrder() {
        Response page = client.get("/products/EnterCallbackCode?orderNumber=%3Cscript%3E&code2=x");

        assertThat(page.body()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void shouldIssueDvOrderAtOnceWhenManualCallbackIsOn() {
        String number = autoApply(dv("dv.sectigo.com")).lines().get(1);

        completeValidation(number);

        listener.await(number, "issued");
        assertThat(listener.statuses(number)).containsExactly("issued");
    }

    @Test
    void shouldIssueOvWithoutWaitingWhenManualCallbackIsOff() {
        setSettings("{\"manualCallback\":false}");
        String number = autoApply(ovMultiDomainRequest(Csrs.ec("off.sectigo.com"))).lines().get(1);

        completeValidation(number);

        listener.await(number, "issued");
        assertThat(listener.statuses(number)).containsExactly("verified", "issued");
    }
}
