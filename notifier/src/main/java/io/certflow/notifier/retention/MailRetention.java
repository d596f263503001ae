package io.certflow.notifier.retention;

import io.certflow.messaging.retention.RetentionRule;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * What the notifier forgets after {@code certflow.retention.personal-data}.
 *
 * <ul>
 *   <li>A SENT email keeps order, kind, news, subject, attempts and times and loses its address,
 *       body and attachments. A queued one is never touched: it is still to be sent.</li>
 *   <li>The recipient of an order that is over (a failure, rejection or revocation was mailed),
 *       with nothing parked or queued and no email sent since the cut-off, is deleted, not
 *       scrubbed: a late event then waits in {@code pending_notification} like one for an unknown
 *       recipient, where a row with a blanked address would queue an email retried for ever.
 *       Recipients of issued certificates stay: expiry notices still need them.</li>
 * </ul>
 */
@Factory
class MailRetention {

    static final String REMOVED = "removed";

    private static final String ORDER_IS_OVER = """
            created_at < ?
            AND EXISTS (SELECT 1 FROM outgoing_mail m WHERE m.order_id = recipient.order_id AND m.status = 'SENT'
                        AND m.kind IN ('order-failed', 'issuance-failed', 'order-rejected', 'certificate-revoked'))
            AND NOT EXISTS (SELECT 1 FROM outgoing_mail m WHERE m.order_id = recipient.order_id
                            AND (m.status <> 'SENT' OR m.sent_at >= ?))
            AND NOT EXISTS (SELECT 1 FROM pending_notification p WHERE p.order_id = recipient.order_id)""";

    @Singleton
    RetentionRule sentMails() {
        return RetentionRule.scrub("outgoing_mail.sent", RetentionRule.Age.PERSONAL_DATA, "outgoing_mail",
                "recipient = '%s', body = '', attachments = '[]', last_error = NULL".formatted(REMOVED),
                "status = 'SENT' AND sent_at < ?");
    }

    @Singleton
    RetentionRule recipientsOfFinishedOrders() {
        return RetentionRule.delete("recipient.finished", RetentionRule.Age.PERSONAL_DATA, "recipient", ORDER_IS_OVER);
    }
}
