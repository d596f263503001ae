package io.certflow.messaging.database;

import io.certflow.messaging.support.TestContext;
import io.certflow.testkit.support.ShutdownHooks;
import io.certflow.testkit.postgres.EmbeddedPostgresServer;
import io.certflow.testkit.postgres.PostgresSettings;
import io.certflow.testkit.tls.LocalhostCertificate;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PostgreSQL of its own with ssl=on; the service's datasource connects with sslmode=verify-full only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseSslTest implements TestPropertyProvider {

    private static final String DATABASE = "messaging_database_ssl";
    private static final String ENCRYPTED = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

    private EmbeddedPostgresServer postgres;

    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DatasourceConfiguration datasource;

    @Override
    public Map<String, String> getProperties() {
        // Stopped after the test context, whose relay and listeners would otherwise meet a dead server.
        postgres = ShutdownHooks.closeOnExit(EmbeddedPostgresServer.start(PostgresSettings.ephemeralWithTls()),
                "postgres with TLS");
        return TestContext.properties(DATABASE,
                "datasources.default.url", postgres.jdbcUrl(DATABASE),
                "certflow.database.ssl.mode", "verify-full",
                "certflow.database.ssl.root-cert", rootCert());
    }


    @Test
    void shouldConnectEncryptedWhenTheDatasourceVerifiesTheServerCertificateAndName() {
        boolean encrypted = transactions.executeRead(status -> jdbc.prepareStatement(ENCRYPTED, statement -> {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }));

        assertThat(encrypted).isTrue();
        assertThat(datasource.getDataSourceProperties()).containsEntry("sslmode", "verify-full")
                .containsEntry("sslrootcert", rootCert());
    }

    @Test
    void shouldConnectUnencryptedWhenTheClientDisablesSslSoTheCheckAboveMeansSomething() throws SQLException {
        try (Connection plain = connect("disable", null); ResultSet result = plain.createStatement().executeQuery(ENCRYPTED)) {
            result.next();
            assertThat(result.getBoolean(1)).isFalse();
        }
    }

    @Test
    void shouldRefuseTheServerWhenVerifyFullTrustsAnotherCertificate() {
        String otherRoot = LocalhostCertificate.create("certflow-other-root").certificatePem()
                .toString();

        assertThatThrownBy(() -> connect("verify-full", otherRoot).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("SSL");
    }

    private Connection connect(String sslMode, String rootCert) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", postgres.username());
        properties.setProperty("password", postgres.password());
        properties.setProperty("sslmode", sslMode);
        if (rootCert != null) {
            properties.setProperty("sslrootcert", rootCert);
        }
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), properties);
    }

    private String rootCert() {
        return postgres.tlsCertificate().orElseThrow().certificatePem().toString();
    }
}
