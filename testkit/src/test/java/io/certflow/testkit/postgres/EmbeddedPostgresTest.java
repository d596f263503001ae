package io.certflow.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.certflow.testkit.Infrastructure;
import io.certflow.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    private final PostgresServer postgres = Infrastructure.postgres();

    @Test
    void shouldKeepTablesApartWhenTwoDatabasesAreRequested() throws SQLException {
        execute("orders_db", "CREATE TABLE item (name text)", "INSERT INTO item VALUES ('from orders')");
        execute("certs_db", "CREATE TABLE item (name text)");

        assertThat(names("orders_db")).containsExactly("from orders");
        assertThat(names("certs_db")).isEmpty();
        assertThat(postgres.jdbcUrl("orders_db")).isNotEqualTo(postgres.jdbcUrl("certs_db"));
    }

    @Test
    void shouldCreateDatabaseOnceWhenManyThreadsRequestItAtOnce() {
        List<CompletableFuture<String>> requests = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> postgres.jdbcUrl("order-intake")))
                .toList();

        assertThat(requests.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(postgres.jdbcUrl("order-intake")).endsWith("/order-intake");
    }

    @Test
    void shouldRejectNameWhenItCouldInjectSql() {
        assertThatThrownBy(() -> postgres.jdbcUrl("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void execute(String database, String... statements) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> names(String database) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM item")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
