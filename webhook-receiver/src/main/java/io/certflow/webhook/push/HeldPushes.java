package io.certflow.webhook.push;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes stored but held back ({@code published = false}) because no {@code order.placed} has named
 * their Sectigo number yet. Read back as {@link Push}es, so that a released push becomes exactly the
 * events it would have become at once.
 */
@Singleton
class HeldPushes {

    private static final String HELD = """
            SELECT sectigo_order_number, sectigo_certificate_id, status, status_code, status_desc,
                   verification_code, certificate_pem, ca_certificate_pem, event_type
            FROM received_push WHERE sectigo_order_number = ? AND NOT published ORDER BY id""";
    private static final String RELEASE = """
            UPDATE received_push SET published = true, order_id = ?
            WHERE sectigo_order_number = ? AND NOT published""";
    private static final String BACKLOG = "SELECT count(*), min(received_at) FROM received_push WHERE NOT published";

    private final JdbcOperations jdbc;

    HeldPushes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** In the order they arrived. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Push> of(String sectigoOrderNumber) {
        return jdbc.prepareStatement(HELD, statement -> {
            statement.setString(1, sectigoOrderNumber);
            List<Push> pushes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pushes.add(push(row));
                }
            }
            return pushes;
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void release(String sectigoOrderNumber, UUID orderId) {
        jdbc.prepareStatement(RELEASE, statement -> {
            statement.setObject(1, orderId);
            statement.setString(2, sectigoOrderNumber);
            return statement.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    Backlog backlog() {
        return jdbc.prepareStatement(BACKLOG, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Backlog(row.getLong(1),
                        Optional.ofNullable(row.getTimestamp(2)).map(Timestamp::toInstant));
            }
        });
    }

    private static Push push(ResultSet row) throws SQLException {
        SectigoStatus status = SectigoStatus.of(row.getString("status")).orElseThrow(
                () -> new IllegalStateException("A stored push has a status word the receiver no longer knows"));
        Integer code = row.getObject("status_code", Integer.class);
        String chain = row.getString("ca_certificate_pem");
        return new Push(row.getString("sectigo_order_number"), row.getString("sectigo_certificate_id"), status,
                code, row.getString("status_desc"), row.getString("verification_code"),
                row.getString("certificate_pem"),
                chain == null ? List.of() : PemCertificates.split(chain).orElseThrow(), row.getString("event_type"));
    }

    /** How many pushes wait, and since when. */
    record Backlog(long count, Optional<Instant> oldest) {
    }
}
