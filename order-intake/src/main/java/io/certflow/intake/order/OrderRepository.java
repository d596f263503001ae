package io.certflow.intake.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends CrudRepository<Order, UUID> {

    /**
     * The order {@code tenant} filed under {@code requestId}: request ids are the tenant's own, so two
     * tenants may use the same one (V105). A null tenant means the orders written before tenants.
     */
    default Optional<Order> findByRequestId(@Nullable String tenant, String requestId) {
        return tenant == null ? findByRequestIdAndTenantIsNull(requestId) : findByRequestIdAndTenant(requestId, tenant);
    }

    Optional<Order> findByRequestIdAndTenant(String requestId, String tenant);

    Optional<Order> findByRequestIdAndTenantIsNull(String requestId);

    /**
     * The order, locked until the transaction ends: events about one order arrive on several
     * topics at once and wait for each other here instead of failing on the version and being
     * retried after a back-off.
     */
    Optional<Order> findByIdForUpdate(UUID id);
}
