package io.certflow.notifier.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
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
}
