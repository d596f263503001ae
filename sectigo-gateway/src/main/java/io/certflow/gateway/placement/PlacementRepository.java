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
     * Due rows, locked for the caller's transaction; rows another worker is claiming are skipped, so
     * two gateway instances never take the same order at once.
     */
    @Query(value = "SELECT * FROM placement WHERE (state IN ('PENDING', 'AWAITING_AUTHORIZATION')"
            + " AND next_attempt_at <= :now) OR (state IN ('IN_FLIGHT', 'AUTHORIZING') AND lease_until < :now)"
            + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Placement> findDueForUpdate(Instant now, int limit);

    boolean existsBySectigoOrderNumber(String sectigoOrderNumber);
}
