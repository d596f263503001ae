package io.certflow.intake.order;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TimelineRepository extends CrudRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByOrderIdOrderById(UUID orderId);
}
