package io.certflow.certstore.lifecycle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LifecycleFactRepository extends CrudRepository<LifecycleFact, UUID> {

    @Query("""
            SELECT * FROM lifecycle_fact WHERE order_id = :orderId ORDER BY recorded_at, id""")
    List<LifecycleFact> findConcerning(UUID orderId);
}
