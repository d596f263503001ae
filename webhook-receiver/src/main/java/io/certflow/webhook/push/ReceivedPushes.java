package io.certflow.webhook.push;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Types;
import java.util.UUID;

/**
 * The push inbox: every push Sectigo delivered, once. {@code ON CONFLICT DO NOTHING} on the dedupe
 * key makes a repeated push a no-op without aborting the transaction, and makes two concurrent
 * copies of one push wait for each other instead of both being stored.
 */
@Singleton
class ReceivedPushes {

    private static final String INSERT = """
            INSERT INTO received_push
                (dedupe_key, sectigo_order_number, sectigo_certificate_id, status, status_code, status_desc,
                 verification_code, certificate_pem, ca_certificate_pem, certificate_status, order_id, event_type, published)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (dedupe_key) DO NOTHING""";

    private static final String CLICK_THROUGH_SEEN = """
            SELECT EXISTS (SELECT 1 FROM received_push WHERE sectigo_order_number = ? AND status = ?)""";

    private final JdbcOperations jdbc;

    ReceivedPushes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the push; without an order id it is held back until {@code order.placed} names the order.
     *
     * @return {@code false} if this push was stored before
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean add(Push push, @Nullable UUID orderId) {
        return jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, push.dedupeKey());
            statement.setString(2, push.orderNumber());
            statement.setString(3, push.certificateId());
            statement.setString(4, push.status().word());
            if (push.statusCode() == null) {
                statement.setNull(5, Types.INTEGER);
            } else {
                statement.setInt(5, push.statusCode());
            }
            statement.setString(6, push.statusDesc());
            statement.setString(7, push.verificationCode());
            statement.setString(8, push.certificatePem());
            statement.setString(9, push.chainPems().isEmpty() ? null : String.join("", push.chainPems()));
            statement.setString(10, push.certificateStatus().name());
            statement.setObject(11, orderId);
            statement.setString(12, push.eventType());
            statement.setBoolean(13, orderId != null);
            return statement.executeUpdate() == 1;
        });
    }

    /** Whether the order had a click-through push, i.e. is an EV order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean sawClickThrough(String orderNumber) {
        return jdbc.prepareStatement(CLICK_THROUGH_SEEN, statement -> {
            statement.setString(1, orderNumber);
            statement.setString(2, SectigoStatus.CLICK_THROUGH.word());
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        });
    }
}
