package io.certflow.intake.retention;

import io.certflow.messaging.retention.RetentionRule;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Scrubs the personal data of orders no one acts on any more: FAILED, REJECTED, REVOKED and
 * REPLACED orders whose last change is older than {@code certflow.retention.personal-data}. A
 * REPLACED order may still become REVOKED, which needs none of it. ISSUED orders are left alone:
 * they may still be replaced (a replacement copies the order) and intake does not know when their
 * certificate expires.
 *
 * <p>The CSR is kept as the SHA-256 of its DER in {@code csr_sha256}; the details lose what
 * {@code order_details_scrubbed} (migration {@code V200}) removes and keep type, product, days,
 * names and organization (what the certificate shows anyway); the timeline keeps
 * each entry's fixed text and loses the free text after its first {@code ": "} (Sectigo's and the
 * gateway's words). One statement per batch, so an order and its timeline are scrubbed together;
 * the version moves on, so a copy of the order read before cannot write the data back.
 */
@Factory
class OrderRetention {

    static final String REMOVED = "Removed after the retention period";

    private static final String SCRUB = """
            WITH picked AS (
                SELECT ctid, id FROM orders
                WHERE scrubbed_at IS NULL AND status IN ('FAILED', 'REJECTED', 'REVOKED', 'REPLACED')
                  AND updated_at < ?
                LIMIT ? FOR UPDATE SKIP LOCKED),
            timeline AS (
                UPDATE order_timeline SET description = split_part(description, ': ', 1)
                WHERE order_id IN (SELECT id FROM picked) AND strpos(description, ': ') > 0)
            UPDATE orders SET
                csr_sha256 = order_csr_sha256(details::jsonb ->> 'csr'),
                details = order_details_scrubbed(details),
                next_step = NULL,
                revocation_comment = NULL,
                failure_message = CASE WHEN failure_message IS NULL THEN NULL ELSE '%1$s' END,
                revocation_refusal = CASE WHEN revocation_refusal IS NULL THEN NULL ELSE '%1$s' END,
                version = version + 1,
                scrubbed_at = now()
            WHERE ctid = ANY(ARRAY(SELECT ctid FROM picked))""".formatted(REMOVED);

    @Singleton
    RetentionRule finalOrders() {
        return new RetentionRule("orders.final", RetentionRule.Age.PERSONAL_DATA, SCRUB);
    }
}
