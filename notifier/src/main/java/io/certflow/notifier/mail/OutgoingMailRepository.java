package io.certflow.notifier.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutgoingMailRepository extends CrudRepository<OutgoingMail, UUID> {

    /**
     * Locks the due emails for the caller's transaction. SKIP LOCKED lets several notifier
     * instances send side by side without ever taking the same email; unlike events, emails of one
     * order need no order among themselves.
     */
    @Query("""
            SELECT * FROM outgoing_mail
            WHERE status = 'QUEUED' AND next_attempt_at <= :now
            ORDER BY next_attempt_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutgoingMail> claimDue(Instant now, int limit);

    List<OutgoingMail> findByOrderId(UUID orderId);

    /**
     * The email that told the order's customer this news, locked: if the sender is sending it right
     * now, this waits for the outcome, so a queued email is never replaced while it goes out.
     */
    @Query("SELECT * FROM outgoing_mail WHERE order_id = :orderId AND news = :news FOR UPDATE")
    Optional<OutgoingMail> findByOrderIdAndNewsForUpdate(UUID orderId, String news);
}
