package io.certflow.webhook.push;

import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.testkit.kafka.EventLog;
import io.certflow.webhook.support.PushTestContext;
import io.certflow.webhook.support.Pushes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status of section 6's table, pushed over HTTP and read back from Kafka as
 * certificate.status-changed: status, Sectigo's description (the reason of a failure or rejection),
 * providerStatus, and the customer's next-step link for the two statuses that carry a code.
 */
@MicronautTest(transactional = false)
class PushStatusTest extends PushTestContext {

    private static final String BASE = "https://secure.trust-provider.com/products/";

    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "issued                  | 6  | Valid                                          | -          | ISSUED                    | -",
            "issued                  | 9  | Issued but not yet collected                   | -          | ISSUED                    | -",
            "revoked                 | 8  | Revoked                                        | -          | REVOKED                   | -",
            "replaced                | 14 | Replaced                                       | -          | REPLACED                  | -",
            "awaitingbrandvalidation | 12 | Awaiting Validation (Brand)                    | -          | AWAITING_BRAND_VALIDATION | -",
            "failed                  | 5  | POST-SIGN FAILED                               | -          | FAILED                    | -",
            "failed                  | 3  | PRE-SIGN FAILED: CAA: Not authorized to issue  | -          | FAILED                    | -",
            "rejected                | 7  | Rejected: fraud check failed                   | -          | REJECTED                  | -",
            "verified                | 12 | Phone number verified                          | mdtBfVzq0M | AWAITING_VERIFICATION     | EnterCallbackCode",
            "click-through           | 12 | EV click-through e-mail sent                   | Zx9Kq2Lm4N | AWAITING_CLICK_THROUGH    | ExecuteAgreementsWithCode"})
    void shouldPublishMappedStatusWhenSectigoPushesIt(String status, int code, String description,
                                                      String verificationCode, CertificateStatus expected,
                                                      String nextStepPage) {
        Pushes push = Pushes.of(status, code, description);
        UUID orderId = placed(push.orderNumber());
        if (verificationCode != null) {
            push.with("verificationCode", verificationCode);
        }

        HttpResponse<String> response = sectigo().get(PATH, push.encoded());

        assertThat(response.statusCode()).isEqualTo(200);
        CertificateStatusChanged changed = new EventLog(json).first(Topics.CERTIFICATE_STATUS_CHANGED,
                orderId.toString(), CertificateStatusChanged.class);
        assertThat(changed.orderId()).isEqualTo(orderId);
        assertThat(changed.status()).isEqualTo(expected);
        assertThat(changed.description()).isEqualTo(description);
        assertThat(changed.providerStatus()).isEqualTo(status + "/" + code);
        assertThat(changed.verificationCode()).isEqualTo(verificationCode);
        assertThat(changed.nextStepUrl()).isEqualTo(nextStepPage == null ? null
                : BASE + nextStepPage + "?orderNumber=" + push.orderNumber() + "&code2=" + verificationCode);
    }
}
