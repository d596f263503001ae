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

    /** Due rows, locked; rows another worker is claiming are skipped. */
    @Query(value = "SELECT * FROM revocation WHERE (state = 'PENDING' AND next_attempt_at <= :now)"
            + " OR (state = 'IN_FLIGHT' AND lease_until < :now)"
            + " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<Revocation> findDueForUpdate(Instant now, int limit);
}
