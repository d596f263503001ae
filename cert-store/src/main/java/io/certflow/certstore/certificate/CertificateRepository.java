package io.certflow.certstore.certificate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CertificateRepository extends CrudRepository<Certificate, UUID> {

    boolean existsBySha256Fingerprint(String sha256Fingerprint);

    List<Certificate> findByOrderIdOrderByStoredAt(UUID orderId);

    /** Locks the row until the transaction ends, e.g. so that two expiry scans take turns. */
    @Query("SELECT * FROM certificate WHERE id = :id FOR UPDATE")
    Optional<Certificate> findByIdForUpdate(UUID id);
}
