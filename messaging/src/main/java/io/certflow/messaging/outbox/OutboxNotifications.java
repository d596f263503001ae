package io.certflow.messaging.outbox;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The relay's LISTEN session on the channel the outbox trigger notifies at each commit. It holds
 * one pooled connection for as long as the relay runs.
 */
final class OutboxNotifications implements AutoCloseable {

    static final String CHANNEL = "messaging_outbox";
    private static final long SLICE_MILLIS = 250;

    private final DataSource dataSource;
    private Connection connection;

    OutboxNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts listening unless already listening. */
    void open() throws SQLException {
        if (connection != null) {
            return;
        }
        Connection opened = dataSource.getConnection();
        try (Statement statement = opened.createStatement()) {
            opened.setAutoCommit(true);
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
    }

    /**
     * Waits until a commit notifies, the timeout passes or {@code stillWanted} turns false.
     * Notifications that arrived while the relay was busy are already queued, so a commit during
     * a batch is never missed. The socket read cannot be interrupted, hence the short slices.
     */
    void await(Duration timeout, BooleanSupplier stillWanted) throws SQLException {
        PGConnection listening = connection.unwrap(PGConnection.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stillWanted.getAsBoolean()) {
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                return;
            }
            PGNotification[] received = listening.getNotifications((int) Math.min(SLICE_MILLIS, remainingMillis));
            if (received != null && received.length > 0) {
                return;
            }
        }
    }

    /** Returns the connection to the pool without its subscription, or drops a broken one. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Connection closing = connection; Statement statement = closing.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException ignored) {
            // A broken connection has no subscription left; the pool discards it.
        } finally {
            connection = null;
        }
    }
}
