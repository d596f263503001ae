package io.certflow.testkit.postgres;

import io.certflow.testkit.PostgresServer;
import java.sql.DriverManager;
import org.testcontainers.containers.PostgreSQLContainer;

/** PostgreSQL in Docker, for machines with an engine; one database per name as with the embedded one. */
public final class ContainerPostgres implements PostgresServer, AutoCloseable {

    public static final String IMAGE = "postgres:17";

    private final PostgreSQLContainer<?> container;
    private final Databases databases;

    private ContainerPostgres(PostgreSQLContainer<?> container) {
        this.container = container;
        this.databases = new Databases(() -> DriverManager.getConnection(
                container.getJdbcUrl(), container.getUsername(), container.getPassword()));
    }

    public static ContainerPostgres start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String jdbcUrl(String database) {
        databases.ensureExists(database);
        int port = container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        return "jdbc:postgresql://" + container.getHost() + ":" + port + "/" + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    /** Idempotent, as Testcontainers' stop() is. */
    @Override
    public void close() {
        container.stop();
    }
}
