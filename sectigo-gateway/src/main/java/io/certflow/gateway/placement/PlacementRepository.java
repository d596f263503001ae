package io.certflow.gateway.placement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlacementRepository extends CrudRepository<Placement, UUID> {

    /**
     * Due rows of one channel, locked for the caller's transaction; rows another worker is claiming are
     * skipped, so two gateway instances never take the same order at once, and so are orders another
     * kind of work holds a lease on ({@code work_lease}, V103), so an order is never called twice at once.
     */
    @Query(value = "SELECT p.* FROM placement p WHERE p.channel = :channel"
            + " AND ((p.state IN ('PENDING', 'AWAITING_AUTHORIZATION') AND p.next_attempt_at <= :now)"
            + " OR (p.state IN ('IN_FLIGHT', 'AUTHORIZING') AND p.lease_until < :now))"
            + " AND NOT EXISTS (SELECT 1 FROM work_lease w WHERE w.order_id = p.order_id"
            + " AND w.kind <> 'placement' AND w.lease_until >= :now)"
            + " ORDER BY p.next_attempt_at LIMIT :limit FOR UPDATE OF p SKIP LOCKED", nativeQuery = true)
    List<Placement> findDueForUpdate(String channel, Instant now, int limit);

    boolean existsBySectigoOrderNumber(String sectigoOrderNumber);
}
