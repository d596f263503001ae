package io.certflow.webhook.order;

import io.certflow.events.OrderPlaced;
import io.certflow.messaging.inbox.Inbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Which Sectigo order numbers are certflow's orders, learnt from {@code order.placed}, so that the
 * events of a push carry our order id. The join is best effort: a push that overtakes its
 * {@code order.placed} is published without it, and consumers join through the Sectigo number.
 */
@Singleton
public class KnownOrders {

    private static final String CONSUMER = "webhook-receiver.order-placed";
    private static final String INSERT = """
            INSERT INTO known_order (sectigo_order_number, order_id) VALUES (?, ?)
            ON CONFLICT (sectigo_order_number) DO NOTHING""";
    private static final String SELECT = "SELECT order_id FROM known_order WHERE sectigo_order_number = ?";

    private final JdbcOperations jdbc;
    private final Inbox inbox;

    public KnownOrders(JdbcOperations jdbc, Inbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    public void remember(OrderPlaced placed) {
        inbox.handle(CONSUMER, placed, () -> jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, placed.sectigoOrderNumber());
            statement.setObject(2, placed.orderId());
            return statement.executeUpdate();
        }));
    }

    /** Joins the caller's transaction (a push's), so it reads what that transaction sees. */
    public Optional<UUID> orderIdOf(String sectigoOrderNumber) {
        return jdbc.prepareStatement(SELECT, statement -> {
            statement.setString(1, sectigoOrderNumber);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
            }
        });
    }
}
