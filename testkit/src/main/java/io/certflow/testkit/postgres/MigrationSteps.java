package io.certflow.testkit.postgres;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.PostgresServer;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database of its own, migrated step by step with the service's {@code classpath:db/migration}:
 * rows are written as an earlier version stored them, then a later migration must convert them.
 * Flyway is an optional dependency here; every service that migrates has it on its classpath.
 */
public final class MigrationSteps {

    private final PostgresServer postgres = Infrastructure.postgres();
    private final String url;

    public MigrationSteps(String database) {
        url = postgres.jdbcUrl(database);
    }

    /** Empties the database and applies the service's migrations up to {@code version}. */
    public void startAt(String version) {
        Flyway flyway = flyway(version);
        flyway.clean();
        flyway.migrate();
    }

    public void migrateTo(String version) {
        flyway(version).migrate();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                .locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }
}
