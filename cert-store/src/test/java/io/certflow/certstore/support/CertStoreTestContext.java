package io.certflow.certstore.support;

import io.certflow.testkit.Infrastructure;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** cert-store against the JVM's shared Kafka and its own PostgreSQL database, trusting {@link TestCa#TRUSTED}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CertStoreTestContext implements TestPropertyProvider {

    private static final String DATABASE = "cert_store";

    @Override
    public Map<String, String> getProperties() {
        return TrustAnchorFile.withInfrastructure(Infrastructure.micronautProperties(DATABASE));
    }

    /** Counts rows on a connection of its own, e.g. {@code rows("certificate WHERE order_id = '…'")}. */
    protected long rows(String tableAndCondition) {
        var postgres = Infrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(),
                postgres.password());
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
