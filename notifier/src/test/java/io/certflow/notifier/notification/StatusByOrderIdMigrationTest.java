package io.certflow.notifier.notification;

import io.certflow.testkit.postgres.MigrationSteps;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V102 converts the status changes parked by Sectigo number before events carried their order id. */
class StatusByOrderIdMigrationTest {

    private static final String V1_STATUS = """
            {"metadata":{"eventId":"%s","type":"certflow.certificate.status-changed.v1",\
            "occurredAt":"2026-11-22T09:15:30Z","source":"webhook-receiver"},"sectigoOrderNumber":"%s",\
            "status":"REJECTED","description":"Rejected: Domain is high-risk","origin":"PUSH"}""";

    private final MigrationSteps database = new MigrationSteps("notifier_v102");

    @Test
    void shouldParkStatusUnderOrderPlacedLastWhenItWaitedForItsSectigoNumber() throws SQLException {
        database.startAt("101");
        UUID earlier = UUID.randomUUID();
        UUID latest = UUID.randomUUID();
        placed(earlier, "5551", Instant.parse("2026-11-01T00:00:00Z"));
        placed(latest, "5551", Instant.parse("2026-11-20T00:00:00Z"));
        UUID joined = parked(null, "5551");
        UUID knownOrder = UUID.randomUUID();
        UUID alreadyJoined = parked(knownOrder, "5552");

        database.migrateTo("102");

        assertThat(text("SELECT order_id FROM pending_notification WHERE event_id = '" + joined + "'"))
                .isEqualTo(latest.toString());
        assertThat(text("SELECT string_agg(DISTINCT payload::jsonb #>> '{metadata,type}', ',')"
                + " FROM pending_notification"))
                .isEqualTo("certflow.certificate.status-changed.v2");
        assertThat(text("SELECT payload::jsonb ->> 'orderId' FROM pending_notification WHERE event_id = '"
                + joined + "'")).isEqualTo(latest.toString());
        assertThat(text("SELECT payload::jsonb ->> 'orderId' FROM pending_notification WHERE event_id = '"
                + alreadyJoined + "'")).isEqualTo(knownOrder.toString());
        assertThat(text("SELECT payload::jsonb ->> 'description' FROM pending_notification WHERE event_id = '"
                + joined + "'")).isEqualTo("Rejected: Domain is high-risk");
    }

    @Test
    void shouldDropStatusWhenNoOrderPlacedNamedItsSectigoNumber() throws SQLException {
        database.startAt("101");
        UUID unjoinable = parked(null, "7771");

        database.migrateTo("102");

        assertThat(text("SELECT count(*) FROM pending_notification WHERE event_id = '" + unjoinable + "'"))
                .isEqualTo("0");
        assertThat(text("SELECT count(*) FROM information_schema.columns WHERE table_name = 'pending_notification'"
                + " AND column_name = 'sectigo_order_number'")).isEqualTo("0");
    }

    private void placed(UUID orderId, String number, Instant placedAt) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO placed_order (order_id,"
                     + " sectigo_order_number, placed_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, orderId);
            insert.setString(2, number);
            insert.setTimestamp(3, Timestamp.from(placedAt));
            insert.executeUpdate();
        }
    }

    private UUID parked(UUID orderId, String number) throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO pending_notification (event_id,"
                     + " order_id, kind, payload, received_at, sectigo_order_number) VALUES (?, ?, ?, ?, now(), ?)")) {
            insert.setObject(1, eventId);
            insert.setObject(2, orderId);
            insert.setString(3, NotificationKind.ORDER_REJECTED.name());
            insert.setString(4, V1_STATUS.formatted(eventId, number));
            insert.setString(5, number);
            insert.executeUpdate();
        }
        return eventId;
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.connect(); ResultSet row = connection.createStatement().executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
