package io.certflow.messaging.notify;

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
 * A LISTEN session on one PostgreSQL channel, so that a worker is woken by the commit that gave it
 * work (a trigger's {@code pg_notify} is delivered at commit, never for a rollback) instead of
 * polling. It holds one pooled connection while open; not thread-safe: one waiting thread.
 */
public final class ChannelListener implements AutoCloseable {

    private static final long SLICE_MILLIS = 250;

    private final DataSource dataSource;
    private final String channel;
    private Connection connection;

    /** {@code channel} is a plain identifier chosen by the code (it is not quoted). */
    public ChannelListener(DataSource dataSource, String channel) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
    }

    /** Starts listening unless already listening. */
    public void open() throws SQLException {
        if (connection != null) {
            return;
        }
        Connection opened = dataSource.getConnection();
        try (Statement statement = opened.createStatement()) {
            opened.setAutoCommit(true);
            statement.execute("LISTEN " + channel);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
    }

    /**
     * Waits until a commit notifies, the timeout passes or {@code stillWanted} turns false, and says
     * whether a notification came. Notifications that arrived while the caller was busy are already
     * queued, so a commit during its work is never missed. The socket read cannot be interrupted,
     * hence the short slices.
     */
    public boolean await(Duration timeout, BooleanSupplier stillWanted) throws SQLException {
        PGConnection listening = connection.unwrap(PGConnection.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stillWanted.getAsBoolean()) {
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                return false;
            }
            PGNotification[] received = listening.getNotifications((int) Math.min(SLICE_MILLIS, remainingMillis));
            if (received != null && received.length > 0) {
                return true;
            }
        }
        return false;
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
