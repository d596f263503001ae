package io.certflow.webhook.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Which Sectigo order numbers are certflow's orders, learnt from {@code order.placed}: the one place
 * in certflow where Sectigo's number meets our order id. Callers hold the number's advisory lock,
 * so a push and the {@code order.placed} that names its order see each other.
 */
@Singleton
public class KnownOrders {

    private static final String INSERT = """
            INSERT INTO known_order (sectigo_order_number, order_id) VALUES (?, ?)
            ON CONFLICT (sectigo_order_number) DO NOTHING""";
    private static final String SELECT = "SELECT order_id FROM known_order WHERE sectigo_order_number = ?";

    private final JdbcOperations jdbc;

    public KnownOrders(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void remember(String sectigoOrderNumber, UUID orderId) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, sectigoOrderNumber);
            statement.setObject(2, orderId);
            return statement.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<UUID> orderIdOf(String sectigoOrderNumber) {
        return jdbc.prepareStatement(SELECT, statement -> {
            statement.setString(1, sectigoOrderNumber);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
            }
        });
    }
}
