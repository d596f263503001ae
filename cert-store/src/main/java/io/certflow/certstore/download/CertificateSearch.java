package io.certflow.certstore.download;

import io.certflow.access.Caller;
import io.certflow.certstore.certificate.Certificate;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a {@link SearchCriteria}: the WHERE clause is assembled from fixed fragments, values are
 * bound, so nothing from the request reaches the SQL text. Answers at most {@value #LIMIT} rows,
 * soonest expiry first when {@code expiringBefore} is given, else oldest first. A client finds only its
 * tenant's certificates, a token without a tenant none; an operator finds every tenant's.
 */
@Singleton
class CertificateSearch {

    static final int LIMIT = 500;
    private static final String SAN_MATCHES = " AND EXISTS (SELECT 1 FROM jsonb_array_elements_text("
            + "subject_alternative_names::jsonb) AS san(name) WHERE lower(san.name) IN (%s))";

    private final JdbcOperations jdbc;

    CertificateSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    List<Certificate> find(SearchCriteria criteria, Caller caller) {
        if (!caller.operator() && caller.tenant().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM certificate WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (!caller.operator()) {
            sql.append(" AND tenant = ?");
            values.add(caller.tenant().get());
        }
        if (criteria.orderId() != null) {
            sql.append(" AND order_id = ?");
            values.add(criteria.orderId());
        }
        if (criteria.expiringBefore() != null) {
            sql.append(" AND not_after < ?");
            values.add(criteria.expiringBefore().atOffset(ZoneOffset.UTC));
        }
        if (criteria.domain() != null) {
            List<String> names = criteria.matchingNames();
            sql.append(SAN_MATCHES.formatted(String.join(", ", Collections.nCopies(names.size(), "?"))));
            values.addAll(names);
        }
        sql.append(criteria.expiringBefore() != null ? " ORDER BY not_after, id" : " ORDER BY stored_at, id")
                .append(" LIMIT ").append(LIMIT);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<Certificate> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(jdbc.readEntity(rows, Certificate.class));
                }
            }
            return found;
        });
    }
}
