package io.certflow.gateway.workqueue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The database side of the dispatcher. Claim rounds of all instances take turns on one
 * transaction-scoped advisory lock, so each round sees the leases every earlier round committed:
 * that is what keeps two kinds of work for one order (say its placement and its revocation) from
 * being leased at once, in one instance or across instances. A round is a few short queries.
 */
@Singleton
public class WorkClaims {

    private static final String TAKE_TURN = "SELECT pg_advisory_xact_lock(hashtext('sectigo-gateway.work-claims'))";
    private static final String NEXT_DUE = """
            SELECT min(t) FROM (
                SELECT min(next_attempt_at) AS t FROM placement
                 WHERE state IN ('PENDING', 'AWAITING_AUTHORIZATION') AND next_attempt_at > ?
                UNION ALL SELECT min(lease_until) FROM placement
                 WHERE state IN ('IN_FLIGHT', 'AUTHORIZING') AND lease_until > ?
                UNION ALL SELECT min(next_attempt_at) FROM revocation WHERE state = 'PENDING' AND next_attempt_at > ?
                UNION ALL SELECT min(lease_until) FROM revocation WHERE state = 'IN_FLIGHT' AND lease_until > ?
                UNION ALL SELECT min(next_collection_at) FROM collection
                 WHERE state = 'WATCHING' AND order_id IS NOT NULL AND lease_until IS NULL AND next_collection_at > ?
                UNION ALL SELECT min(lease_until) FROM collection WHERE lease_until > ?) due""";
    private static final String BACKLOG = """
            SELECT 'placement', count(*) FROM placement WHERE state IN ('PENDING', 'AWAITING_AUTHORIZATION')
            UNION ALL SELECT 'revocation', count(*) FROM revocation WHERE state = 'PENDING'
            UNION ALL SELECT 'collection', count(*) FROM collection
             WHERE state = 'WATCHING' AND order_id IS NOT NULL AND next_collection_at <= now()""";

    private final JdbcOperations jdbc;

    public WorkClaims(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One claim round for {@code freeSlots} calls; the claimed rows' leases commit with it. */
    @Transactional
    public List<ClaimedWork> claim(List<WorkKind> kinds, int freeSlots, ToIntFunction<WorkKind> running,
                                   String holder, Instant now) {
        jdbc.prepareStatement(TAKE_TURN, statement -> statement.execute());
        return ClaimRound.fill(kinds, freeSlots, running, (kind, lane, limit) -> kind.claim(lane, limit, holder, now));
    }

    /** The earliest time after {@code now} at which a waiting row falls due or a lease runs out. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextDueAfter(Instant now) {
        return jdbc.prepareStatement(NEXT_DUE, statement -> {
            for (int i = 1; i <= 6; i++) {
                statement.setTimestamp(i, Timestamp.from(now));
            }
            try (ResultSet result = statement.executeQuery()) {
                Timestamp next = result.next() ? result.getTimestamp(1) : null;
                return Optional.ofNullable(next).map(Timestamp::toInstant);
            }
        });
    }

    /** Rows waiting per kind (not counting those in flight). */
    @Transactional(readOnly = true)
    public Map<String, Long> backlog() {
        return jdbc.prepareStatement(BACKLOG, statement -> {
            Map<String, Long> waiting = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    waiting.put(result.getString(1), result.getLong(2));
                }
            }
            return waiting;
        });
    }
}
