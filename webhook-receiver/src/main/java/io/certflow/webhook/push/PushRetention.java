package io.certflow.webhook.push;

import io.certflow.messaging.retention.RetentionRule;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * A push that was published has done its work: after {@code certflow.retention.personal-data} it
 * loses the certificate and CA bodies (cert-store keeps the certificate), Sectigo's status text
 * and the verification code. Ids, dedupe key, status, event type and times stay. A held push is
 * never touched: it still waits for its order.
 */
@Factory
class PushRetention {

    @Singleton
    RetentionRule publishedPushes() {
        return RetentionRule.scrub("received_push.published", RetentionRule.Age.PERSONAL_DATA, "received_push",
                "certificate_pem = NULL, ca_certificate_pem = NULL, status_desc = NULL, verification_code = NULL",
                "published AND received_at < ?");
    }
}
