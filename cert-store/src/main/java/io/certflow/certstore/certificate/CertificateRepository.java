package io.certflow.certstore.certificate;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CertificateRepository extends CrudRepository<Certificate, UUID> {

    boolean existsBySha256Fingerprint(String sha256Fingerprint);

    List<Certificate> findByOrderIdOrderByStoredAt(UUID orderId);
}
