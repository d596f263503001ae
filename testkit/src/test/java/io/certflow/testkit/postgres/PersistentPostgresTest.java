package io.certflow.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.certflow.testkit.support.Ports;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devstack's use: a fixed port and a cluster that outlives the server. */
class PersistentPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDatabaseAndRowsWhenRestartedOnTheSameDataDir() throws SQLException {
        PostgresSettings settings = PostgresSettings.persistent(Ports.free(), dataDir);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(settings);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text)");
            statement.execute("INSERT INTO kept VALUES ('survives a restart')");
        }

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(settings);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(postgres.port()).isEqualTo(settings.port());
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives a restart");
        }
    }

    private static Connection connect(EmbeddedPostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("devstack"), postgres.username(), postgres.password());
    }
}
