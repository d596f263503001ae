package io.certflow.certstore.support;

import io.certflow.testkit.Infrastructure;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * cert-store against the JVM's shared Kafka and its own PostgreSQL database, trusting
 * {@link TestCa#TRUSTED}, taking the tokens of the JVM's token issuer ({@link Bearer}). The expiry scheduler is off unless a test turns it on: a scan over the
 * shared database at an unplanned moment would only blur what a test observes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CertStoreTestContext implements TestPropertyProvider {

    /** A test class that needs a database of its own (e.g. to scan all of it) overrides this. */
    protected String database() {
        return "cert_store";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TrustAnchorFile.withInfrastructure(
                Infrastructure.micronautProperties(database()));
        properties.put("certflow.cert-store.expiry.enabled", "false");
        properties.putAll(Infrastructure.tokenIssuer().micronautProperties());
        return properties;
    }

    /** Counts rows on a connection of its own, e.g. {@code rows("certificate WHERE order_id = '…'")}. */
    protected long rows(String tableAndCondition) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database()), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
