package io.certflow.webhook.push;

import io.certflow.webhook.support.Certificates;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MalformedPushTest extends PushTestContext {

    @Test
    void shouldAnswer413AndStoreNothingWhenPushExceedsMaxRequestSize() {
        Pushes push = Pushes.revoked().with("statusDesc", "x".repeat(300_000));

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("exceeds the maximum allowed content length");
        assertThat(rows("received_push WHERE sectigo_order_number = '" + push.orderNumber() + "'")).isZero();
    }

    @Test
    void shouldRefuseNamingOrderNumberWhenItIsMissing() {
        assertRefused(Pushes.verified("abc").without("orderNumber"), "orderNumber", "is required");
    }

    @Test
    void shouldRefuseNamingStatusWhenItIsUnknown() {
        assertRefused(Pushes.revoked().with("status", "exploded"), "status", "is not a Sectigo push status");
    }

    @Test
    void shouldRefuseNamingStatusCodeWhenItIsNotAnInteger() {
        assertRefused(Pushes.revoked().with("statusCode", "six"), "statusCode", "must be an integer");
    }

    @Test
    void shouldRefuseNamingCertificateWhenItIsNotPem() {
        assertRefused(Pushes.issued(Certificates.chainFor("garbage.example.com")).with("certificate",
                "-----BEGIN CERTIFICATE-----\nnot base-64 at all!\n-----END CERTIFICATE-----\n"),
                "certificate", "is not PEM certificate blocks");
    }

    @Test
    void shouldRefuseNamingCaCertificateWhenChainHoldsGarbage() {
        Certificates.Chain chain = Certificates.chainFor("chain.example.com");
        assertRefused(Pushes.issued(chain).with("caCertificate", chain.intermediatePem() + "hello"),
                "caCertificate", "is not PEM certificate blocks");
    }

    @Test
    void shouldRefuseNamingStatusDescWhenItIsOversized() {
        assertRefused(Pushes.revoked().with("statusDesc", "x".repeat(1025)), "statusDesc",
                "is longer than 1024 characters");
    }

    private void assertRefused(Pushes push, String parameter, String reason) {
        long pushesBefore = rows("received_push");
        long outboxBefore = rows("messaging_outbox");

        HttpResponse<String> response = sectigo().post(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + parameter + "\"", reason);
        assertThat(rows("received_push")).isEqualTo(pushesBefore);
        assertThat(rows("messaging_outbox")).isEqualTo(outboxBefore);
    }
}
