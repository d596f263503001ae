package io.certflow.gateway.revocation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RevocationRepository extends CrudRepository<Revocation, UUID> {

    /**
     * Due rows, locked; rows another worker is claiming are skipped, and so are orders another kind of
     * work holds a lease on ({@code work_lease}, V103).
     */
    @Query(value = "SELECT r.* FROM revocation r WHERE ((r.state = 'PENDING' AND r.next_attempt_at <= :now)"
            + " OR (r.state = 'IN_FLIGHT' AND r.lease_until < :now))"
            + " AND NOT EXISTS (SELECT 1 FROM work_lease w WHERE w.order_id = r.order_id"
            + " AND w.kind <> 'revocation' AND w.lease_until >= :now)"
            + " ORDER BY r.next_attempt_at LIMIT :limit FOR UPDATE OF r SKIP LOCKED", nativeQuery = true)
    List<Revocation> findDueForUpdate(Instant now, int limit);
}
