package io.certflow.intake.order;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends CrudRepository<Order, UUID> {

    Optional<Order> findByRequestId(String requestId);

    /**
     * The order, locked until the transaction ends: events about one order arrive on several
     * topics at once and wait for each other here instead of failing on the version and being
     * retried after a back-off.
     */
    Optional<Order> findByIdForUpdate(UUID id);
}
