package io.certflow.messaging.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Publishes one batch of unsent rows in one database transaction: wait for the relay lock, read the
 * oldest unsent rows, send them, wait for every acknowledgement, mark them, commit.
 *
 * <p>Why a transaction-scoped advisory lock and not {@code FOR UPDATE SKIP LOCKED}: with
 * {@code SKIP LOCKED}, a second relay would take the rows <em>after</em> the ones the first relay
 * is sending and could publish an event for a key before that key's earlier event, whose batch
 * may still fail and be retried. {@code pg_advisory_xact_lock} lets exactly one relay per
 * database publish at a time, so batches are sent strictly one after another and a batch always
 * starts at the oldest unsent row. A relay waits for the lock (up to {@code lock-wait}) instead
 * of giving up: it was woken by a commit of its own process that the relay holding the lock may
 * have started its batch too early to see. The lock belongs to the transaction: a relay that dies
 * mid-batch releases it with its connection, its rows stay unsent and the next batch, from any
 * instance, sends them again (at-least-once; consumers drop the duplicate by event id). The rows
 * are still read {@code FOR UPDATE} (without {@code SKIP LOCKED}) so anything that ever touches
 * them outside the lock waits instead of jumping ahead.
 */
final class OutboxBatch {

    /** "certflow" in ASCII: one relay lock per service database. */
    static final long RELAY_LOCK = 0x6365_7274_666c_6f77L;

    private static final String SELECT = """
            SELECT id, event_id, topic, record_key, event_type, payload, ce_source, ce_time, ce_subject
              FROM messaging_outbox
             WHERE published_at IS NULL
             ORDER BY id
             LIMIT ?
               FOR UPDATE""";
    private static final String MARK = "UPDATE messaging_outbox SET published_at = now() WHERE id = ANY (?)";

    /** What one attempt did: {@code locked == false} means another relay is publishing. */
    record Outcome(boolean locked, int published) {
    }

    /** SQLSTATE {@code lock_not_available}: the lock wait ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DataSource dataSource;
    private final int batchSize;
    private final Duration lockWait;

    OutboxBatch(DataSource dataSource, int batchSize, Duration lockWait) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.lockWait = lockWait;
    }

    Outcome publish(Producer<String, byte[]> producer) throws SQLException, InterruptedException, ExecutionException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection)) {
                    connection.rollback();
                    return new Outcome(false, 0);
                }
                Outcome outcome = publishLocked(connection, producer);
                connection.commit();
                return outcome;
            } catch (SQLException | InterruptedException | ExecutionException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Outcome publishLocked(Connection connection, Producer<String, byte[]> producer)
            throws SQLException, InterruptedException, ExecutionException {
        List<OutboxRow> rows = unsent(connection);
        if (rows.isEmpty()) {
            return new Outcome(true, 0);
        }
        send(producer, rows);
        markPublished(connection, rows);
        return new Outcome(true, rows.size());
    }

    /**
     * Also makes this transaction's commit asynchronous: it only marks rows that Kafka already
     * acknowledged, so losing the mark in a database crash means publishing those rows again, which
     * at-least-once delivery allows (consumers drop the copies by event id); the services' own
     * transactions keep the server's {@code synchronous_commit}. That saves a WAL flush per batch.
     *
     * @return {@code false} if another relay held the lock for longer than {@code lock-wait}
     */
    private boolean lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = " + Math.max(1, lockWait.toMillis()));
            statement.execute("SET LOCAL synchronous_commit = off");
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            statement.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private List<OutboxRow> unsent(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setInt(1, batchSize);
            try (ResultSet result = statement.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getString(8), result.getString(9)));
                }
                return rows;
            }
        }
    }

    /** Sends in id order; the idempotent producer keeps that order within each partition. */
    private static void send(Producer<String, byte[]> producer, List<OutboxRow> rows)
            throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            Future<RecordMetadata> ack = producer.send(CloudEventHeaders.toRecord(row));
            if (ack.isDone()) {
                // Failed at once (no metadata within max.block.ms): the next sends would each wait
                // as long again, so give up the batch now.
                ack.get();
            }
            acks.add(ack);
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private static void markPublished(Connection connection, List<OutboxRow> rows) throws SQLException {
        Array ids = connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray());
        try (PreparedStatement statement = connection.prepareStatement(MARK)) {
            statement.setArray(1, ids);
            statement.executeUpdate();
        } finally {
            ids.free();
        }
    }
}
