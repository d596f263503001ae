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

    /**
     * Placed orders still watched whose collection is due and not leased, oldest first, locked; orders
     * another kind of work holds a lease on ({@code work_lease}, V103) wait.
     */
    @Query(value = "SELECT c.* FROM collection c WHERE c.state = 'WATCHING' AND c.order_id IS NOT NULL"
            + " AND c.next_collection_at <= :now AND (c.lease_until IS NULL OR c.lease_until < :now)"
            + " AND NOT EXISTS (SELECT 1 FROM work_lease w WHERE w.order_id = c.order_id"
            + " AND w.kind <> 'collection' AND w.lease_until >= :now)"
            + " ORDER BY c.next_collection_at LIMIT :limit FOR UPDATE OF c SKIP LOCKED", nativeQuery = true)
    List<Collection> findDueForUpdate(Instant now, int limit);

    /** A superset of what {@link #findDueForUpdate} finds (it ignores other kinds' leases), without a lock. */
    @Query(value = "SELECT EXISTS (SELECT 1 FROM collection c WHERE c.state = 'WATCHING' AND c.order_id IS NOT NULL"
            + " AND c.next_collection_at <= :now AND (c.lease_until IS NULL OR c.lease_until < :now))",
            nativeQuery = true)
    boolean anyDue(Instant now);
}
