package io.certflow.intake.tracking;

import io.certflow.testkit.postgres.MigrationSteps;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V104 drops the statuses parked by Sectigo's number, noting on its order any that one could name. */
class StatusByOrderIdMigrationTest {

    private final MigrationSteps database = new MigrationSteps("order_intake_v104");

    @Test
    void shouldNoteParkedStatusOnItsOrderAndDropTheRestWhenStatusesNoLongerWaitForPlacement() throws SQLException {
        database.startAt("103");
        UUID orderId = UUID.randomUUID();
        try (Connection connection = database.connect();
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO orders (id, status, details, sectigo_order_number, created_at, updated_at,"
                    + " version) VALUES ('" + orderId + "', 'PLACED', '{}', '1234567', now(), now(), 1)");
            sql.executeUpdate("INSERT INTO unmatched_status (sectigo_order_number, payload, received_at) VALUES"
                    + " ('1234567', '{\"status\":\"VALIDATING\"}', now()),"
                    + " ('7654321', '{\"status\":\"AWAITING_VERIFICATION\"}', now())");
        }

        database.migrateTo("104");

        try (Connection connection = database.connect();
             Statement sql = connection.createStatement()) {
            assertThat(single(sql, "SELECT to_regclass('unmatched_status') IS NULL")).isEqualTo("t");
            assertThat(single(sql, "SELECT status || ' ' || description FROM order_timeline WHERE order_id = '"
                    + orderId + "'")).isEqualTo("PLACED Sectigo reported VALIDATING before the upgrade; not applied");
            assertThat(single(sql, "SELECT status FROM orders WHERE id = '" + orderId + "'")).isEqualTo("PLACED");
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).isTrue();
            String value = row.getString(1);
            assertThat(row.next()).as(query).isFalse();
            return value;
        }
    }
}
