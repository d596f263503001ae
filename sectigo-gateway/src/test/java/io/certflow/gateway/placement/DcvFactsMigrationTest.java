package io.certflow.gateway.placement;

import io.certflow.gateway.support.OrderFixtures;
import io.certflow.testkit.postgres.MigrationSteps;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** V104 gives orders recorded before {@code order.requested} carried facts the hashes of their CSR. */
class DcvFactsMigrationTest {

    private final MigrationSteps database = new MigrationSteps("sectigo_gateway_v104");

    @Test
    void shouldHashTheStoredCsrWhenOrderWasNotPlacedYetAndLeavePlacedOnesAlone() throws SQLException {
        database.startAt("103");
        String details = "{\"type\":\"SSL\",\"csr\":\"" + OrderFixtures.GOLDEN_CSR.replace("\n", "\\n") + "\"}";
        try (Connection connection = database.connect()) {
            for (String state : new String[]{"PENDING", "PLACED"}) {
                connection.createStatement().executeUpdate("INSERT INTO placement (order_id, request_event_id,"
                        + " details, state, attempts, next_attempt_at, created_at, updated_at, version, channel)"
                        + " VALUES (gen_random_uuid(), gen_random_uuid(), '" + details + "', '" + state
                        + "', 0, now(), now(), now(), 0, 'API')");
            }
        }

        database.migrateTo("104");

        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT state, dcv_facts::jsonb ->> 'csrMd5', dcv_facts::jsonb ->> 'csrSha256' FROM placement"
                             + " ORDER BY state")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("PENDING");
            assertThat(rows.getString(2)).isEqualTo(OrderFixtures.GOLDEN_CSR_MD5.toLowerCase(Locale.ROOT));
            assertThat(rows.getString(3)).isEqualTo(OrderFixtures.GOLDEN_CSR_SHA256.toLowerCase(Locale.ROOT));
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("PLACED");
            assertThat(rows.getString(2)).isNull();
        }
    }
}
