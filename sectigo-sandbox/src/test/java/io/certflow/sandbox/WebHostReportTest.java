package io.certflow.sandbox;

import io.certflow.sandbox.support.SandboxClient.Response;
import io.certflow.sandbox.support.SandboxTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static io.certflow.sandbox.support.SandboxClient.form;
import static io.certflow.sandbox.support.SandboxClient.with;
import static org.assertj.core.api.Assertions.assertThat;

/** !WebHostReport: indexed keys with foreignOrderNumber, filters. */
@MicronautTest
class WebHostReportTest extends SandboxTest {

    private Response report(String... filters) {
        return client.post("/products/!WebHostReport", with(form("loginName", LOGIN, "loginPassword", PASSWORD),
                filters));
    }

    @Test
    void shouldListOrdersWithForeignOrderNumbersWhenReportIsAsked() {
        String first = autoApply(with(dv("one.example.com"), "foreignOrderNumber", "fo-1")).lines().get(1);
        autoApply(with(dv("two.example.com"), "foreignOrderNumber", "fo-2"));
        completeValidation(first);

        Response response = report();

        assertThat(response.formNames()).startsWith("errorCode", "noOfResults", "1_orderNumber",
                "1_foreignOrderNumber");
        assertThat(response.form()).containsEntry("errorCode", "0").containsEntry("noOfResults", "2")
                .containsEntry("1_orderNumber", first).containsEntry("1_foreignOrderNumber", "fo-1")
                .containsEntry("1_1_status", "Valid").containsEntry("1_1_fqdn", "one.example.com")
                .containsEntry("2_foreignOrderNumber", "fo-2").containsEntry("2_1_status", "Awaiting Validation");
    }

    @Test
    void shouldFilterByFqdnPatternAndForeignOrderNumber() {
        autoApply(with(dv("shop.example.com"), "foreignOrderNumber", "fo-shop"));
        autoApply(with(dv("blog.example.org"), "foreignOrderNumber", "fo-blog"));

        assertThat(report("fqdn", "%.example.org").form()).containsEntry("noOfResults", "1")
                .containsEntry("1_foreignOrderNumber", "fo-blog");
        assertThat(report("foreignOrderNumber", "fo-shop").form()).containsEntry("1_1_fqdn", "shop.example.com");
    }

    @Test
    void shouldPageResultsWhenFirstAndLastResultNumbersAreGiven() {
        for (int i = 0; i < 3; i++) {
            autoApply(dv("page" + i + ".example.com"));
        }

        assertThat(report("firstResultNo", "2", "lastResultNo", "3").form()).containsEntry("noOfResults", "2");
    }

    @Test
    void shouldAnswerJsonWhenResponseFormatIs2() {
        autoApply(dv("json.example.com"));

        assertThat(report("responseFormat", "2").body()).startsWith("{\"errorCode\":0,\"noOfResults\":\"1\"");
    }

    @Test
    void shouldAnswerMinus4AndMinus2WhenReportParametersAreWrong() {
        assertThat(report("notBefore", "yesterday").form()).containsEntry("errorCode", "-4");
        assertThat(report("colour", "red").form()).containsEntry("errorCode", "-2");
    }
}
