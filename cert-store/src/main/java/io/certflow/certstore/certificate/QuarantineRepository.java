package io.certflow.certstore.certificate;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuarantineRepository extends CrudRepository<Quarantine, UUID> {

    boolean existsByOrderIdAndDeliveryHash(UUID orderId, String deliveryHash);
}
