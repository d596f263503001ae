package io.certflow.certstore.order;

import io.certflow.events.CertificateIssued;
import io.certflow.events.Topics;
import io.certflow.testkit.postgres.MigrationSteps;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V106 converts what v1 parked by Sectigo's order number (events without {@code orderId}) into rows
 * keyed by the order, through the placements it then drops.
 */
class CorrelationMigrationTest {

    private static final String PLACED_NUMBER = "1000001";
    private static final String STORED_NUMBER = "1000002";
    private static final String UNPLACED_NUMBER = "1000003";

    private final MigrationSteps database = new MigrationSteps("cert_store_v106");
    private final UUID placedOrder = UUID.randomUUID();
    private final UUID storedOrder = UUID.randomUUID();

    @BeforeEach
    void startAtV105() throws SQLException {
        database.startAt("105");
        execute("INSERT INTO order_placement VALUES ('" + PLACED_NUMBER + "', '" + placedOrder + "', now())");
    }

    @Test
    void shouldWaitByOrderIdAsV2EventWhenPushWaitedForOrderPlaced() throws SQLException, IOException {
        UUID pushed = UUID.randomUUID();
        execute(pending(pushed, PLACED_NUMBER));
        execute(pending(UUID.randomUUID(), UNPLACED_NUMBER));

        database.migrateTo("106");

        assertThat(column("SELECT order_id FROM pending_certificate")).containsExactly(placedOrder.toString());
        CertificateIssued delivery;
        try (ObjectMapper.CloseableObjectMapper json = ObjectMapper.create(Map.of(), "io.certflow.events")) {
            delivery = json.readValue(
                    column("SELECT delivery FROM pending_certificate WHERE event_id = '" + pushed + "'").get(0),
                    CertificateIssued.class);
        }
        assertThat(delivery.orderId()).isEqualTo(placedOrder);
        assertThat(delivery.metadata().type()).isEqualTo(Topics.CERTIFICATE_ISSUED);
        assertThat(delivery.sectigoOrderNumber()).isEqualTo(PLACED_NUMBER);
    }

    @Test
    void shouldKeepFactByOrderIdWhenFactWasKeptBySectigoNumber() throws SQLException {
        execute("INSERT INTO certificate (id, order_id, sectigo_order_number, serial_number, subject, issuer,"
                + " subject_alternative_names, not_before, not_after, sha256_fingerprint, certificate_pem, chain_pems,"
                + " status, stored_at, version) VALUES ('" + UUID.randomUUID() + "', '" + storedOrder + "', '"
                + STORED_NUMBER + "', '01', 'CN=a', 'CN=b', '[]', now(), now(), '" + "0".repeat(64)
                + "', 'pem', '[]', 'REVOKED', now(), 1)");
        execute(fact(PLACED_NUMBER));
        execute(fact(STORED_NUMBER));
        execute(fact(UNPLACED_NUMBER));

        database.migrateTo("106");

        assertThat(column("SELECT order_id FROM lifecycle_fact"))
                .containsExactlyInAnyOrder(placedOrder.toString(), storedOrder.toString());
        assertThat(column("SELECT count(*) FROM information_schema.tables WHERE table_name = 'order_placement'"))
                .containsExactly("0");
    }

    private static String pending(UUID eventId, String sectigoNumber) {
        return "INSERT INTO pending_certificate (event_id, sectigo_order_number, delivery, received_at) VALUES ('"
                + eventId + "', '" + sectigoNumber + "', '" + """
                {"metadata": {"eventId": "%s", "type": "certflow.certificate.issued.v1",
                  "occurredAt": "2026-11-22T09:15:30.123456Z", "source": "webhook-receiver",
                  "correlationId": "%s"},
                 "sectigoOrderNumber": "%s", "certificatePem": "-----BEGIN CERTIFICATE-----",
                 "chainPems": [], "origin": "PUSH"}""".formatted(eventId, sectigoNumber, sectigoNumber)
                + "', now())";
    }

    private static String fact(String sectigoNumber) {
        return "INSERT INTO lifecycle_fact (id, sectigo_order_number, status, occurred_at, recorded_at) VALUES ('"
                + UUID.randomUUID() + "', '" + sectigoNumber + "', 'REVOKED', now(), now())";
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
