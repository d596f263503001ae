package io.certflow.gateway.collection;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one right to call CollectSSL, shared by every gateway instance through a database row: taken
 * when free or expired, renewed by its holder before each call, given back when the holder is done.
 * The conditional update is atomic in PostgreSQL, so two instances never both hold it.
 */
@Singleton
public class CollectionLease {

    static final String NAME = "collect-ssl";
    private static final String TAKE = """
            UPDATE collection_lease SET holder = ?, lease_until = ?
            WHERE name = ? AND (holder = ? OR lease_until < ?)""";
    private static final String GIVE_BACK = """
            UPDATE collection_lease SET holder = NULL, lease_until = ? WHERE name = ? AND holder = ?""";

    private final JdbcOperations jdbc;
    private final Clock clock;

    public CollectionLease(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease for {@code length}; false while another holder has it. */
    @Transactional
    public boolean acquire(String holder, Duration length) {
        Instant now = clock.instant();
        return jdbc.prepareStatement(TAKE, statement -> {
            statement.setString(1, holder);
            statement.setTimestamp(2, Timestamp.from(now.plus(length)));
            statement.setString(3, NAME);
            statement.setString(4, holder);
            statement.setTimestamp(5, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        });
    }

    @Transactional
    public void release(String holder) {
        jdbc.prepareStatement(GIVE_BACK, statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setString(2, NAME);
            statement.setString(3, holder);
            return statement.executeUpdate();
        });
    }
}
