package io.certflow.webhook.push;

import io.certflow.messaging.retention.RetentionJob;
import io.certflow.webhook.support.PushTestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PushRetentionTest extends PushTestContext {

    @Inject
    RetentionJob job;

    @Override
    protected String database() {
        return "webhook_receiver_retention";
    }

    @Override
    protected Map<String, String> pushProperties() {
        return Map.of("certflow.webhook.push.allowed-ips", "127.0.0.1,::1", "certflow.retention.initial-delay", "1h");
    }

    @Test
    void shouldScrubOnlyPublishedPushesPastTheRetentionWhenTheJobRuns() {
        String old = push(true, "91 days");
        String recent = push(true, "89 days");
        String held = push(false, "200 days");

        Map<String, Long> first = job.runOnce();
        Map<String, Long> second = job.runOnce();

        assertThat(first).containsEntry("received_push.published", 1L);
        assertThat(second).containsEntry("received_push.published", 0L);
        assertThat(rows("received_push WHERE dedupe_key = '" + old + "' AND certificate_pem IS NULL"
                + " AND ca_certificate_pem IS NULL AND status_desc IS NULL AND verification_code IS NULL"
                + " AND status = 'Issued' AND sectigo_order_number = '1234' AND order_id IS NOT NULL"
                + " AND scrubbed_at IS NOT NULL")).isOne();
        assertThat(rows("received_push WHERE dedupe_key IN ('" + recent + "', '" + held + "')"
                + " AND certificate_pem IS NOT NULL AND status_desc IS NOT NULL AND verification_code IS NOT NULL"
                + " AND scrubbed_at IS NULL")).isEqualTo(2);
    }

    private String push(boolean published, String age) {
        String dedupeKey = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        execute("""
                INSERT INTO received_push (dedupe_key, sectigo_order_number, status, status_desc, verification_code,
                    certificate_pem, ca_certificate_pem, certificate_status, order_id, received_at, published)
                VALUES ('%s', '1234', 'Issued', 'Callback with Ada Lovelace done', 'code-1', '-----BEGIN CERT',
                    '-----BEGIN CA', 'ISSUED', '%s', now() - interval '%s', %s)"""
                .formatted(dedupeKey, UUID.randomUUID(), age, published));
        return dedupeKey;
    }
}
