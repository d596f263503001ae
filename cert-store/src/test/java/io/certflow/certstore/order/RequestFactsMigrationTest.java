package io.certflow.certstore.order;

import io.certflow.certstore.support.TestKeys;
import io.certflow.testkit.postgres.MigrationSteps;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V105 converts the rows of orders requested before {@code order.requested} carried facts. */
class RequestFactsMigrationTest {

    private final MigrationSteps database = new MigrationSteps("cert_store_v105");

    @Test
    void shouldKeepTheKeysSha256AndLowerCaseNamesWhenRowWasStoredBeforeTheFacts() throws SQLException {
        database.startAt("104");
        UUID orderId = UUID.randomUUID();
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO order_request (order_id,"
                     + " csr_public_key, ordered_names, recorded_at) VALUES (?, ?, ?, now())")) {
            insert.setObject(1, orderId);
            insert.setBytes(2, TestKeys.CUSTOMER.getPublic().getEncoded());
            insert.setString(3, "[\"Shop.Example.com\",\"www.shop.example.com\"]");
            insert.executeUpdate();
        }

        database.migrateTo("105");

        try (Connection connection = database.connect();
             ResultSet row = connection.createStatement().executeQuery("SELECT public_key_sha256, ordered_names"
                     + " FROM order_request WHERE order_id = '" + orderId + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(TestKeys.sha256(TestKeys.CUSTOMER));
            assertThat(row.getString(2)).isEqualTo("[\"shop.example.com\",\"www.shop.example.com\"]");
        }
    }
}
