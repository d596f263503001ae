package io.certflow.gateway.collection;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CollectionRepository extends CrudRepository<Collection, String> {

    /** The row, locked for the caller's transaction: a push and a collection of one order take turns. */
    @Query(value = "SELECT * FROM collection WHERE sectigo_order_number = :sectigoOrderNumber FOR UPDATE",
            nativeQuery = true)
    Optional<Collection> findForUpdate(String sectigoOrderNumber);

    /** Placed orders still watched whose collection is due, oldest first. */
    @Query(value = "SELECT * FROM collection WHERE state = 'WATCHING' AND order_id IS NOT NULL"
            + " AND next_collection_at <= :now ORDER BY next_collection_at LIMIT :limit", nativeQuery = true)
    List<Collection> findDue(Instant now, int limit);
}
