package io.certflow.gateway.budget;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The budget's row. Every method is one short transaction of one or two statements; nothing here
 * waits, so no connection is held while a caller waits for its turn. Rate changes are compare-and-set
 * on the rate a caller saw: when two instances race, one change wins and the other is simply dropped.
 */
@Singleton
class BudgetStore {

    /** A grant, or the wait until the next one is due, with the row as the grant saw it. */
    record Take(boolean granted, Duration dueIn, BudgetState state) {
    }

    private static final String STATE = "rate, rate_changed_at, calls_per_second, last_cut_at";
    private static final String CONFIGURE = """
            INSERT INTO sectigo_call_budget
                (name, calls_per_second, rate, rate_changed_at, next_grant_at, configured_at)
            VALUES (?, ?, ?, clock_timestamp(), clock_timestamp(), clock_timestamp())
            ON CONFLICT (name) DO UPDATE SET calls_per_second = EXCLUDED.calls_per_second,
                rate = LEAST(sectigo_call_budget.rate, EXCLUDED.rate), configured_at = EXCLUDED.configured_at""";
    private static final String TAKE = "SELECT granted, wait_seconds, database_time, " + STATE
            + " FROM sectigo_call_budget_take(?, ?)";
    private static final String COUNT_CALL_LIMIT = "UPDATE sectigo_call_budget SET call_limit_answers = "
            + "call_limit_answers + 1 WHERE name = ? RETURNING clock_timestamp() AS database_time, " + STATE;
    private static final String READ = "SELECT clock_timestamp() AS database_time, " + STATE
            + " FROM sectigo_call_budget WHERE name = ?";
    private static final String RAISE = """
            UPDATE sectigo_call_budget SET rate = ?, rate_changed_at = ?
            WHERE name = ? AND rate = ? AND rate_changed_at = ?""";
    private static final String CUT = """
            UPDATE sectigo_call_budget SET rate = ?, rate_changed_at = ?, last_cut_at = ?, cuts = cuts + 1
            WHERE name = ? AND rate = ? AND rate_changed_at = ? AND last_cut_at IS NOT DISTINCT FROM ?""";

    private final JdbcOperations jdbc;

    public BudgetStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the account's limit; the rate is lowered to {@code ceiling} if above it, never raised here. */
    @Transactional
    public void configure(String name, double callsPerSecond, double ceiling) {
        jdbc.prepareStatement(CONFIGURE, statement -> {
            statement.setString(1, name);
            statement.setDouble(2, callsPerSecond);
            statement.setDouble(3, ceiling);
            return statement.executeUpdate();
        });
    }

    /** Empty when the budget has no row yet. */
    @Transactional
    public Optional<Take> take(String name, Duration catchUp) {
        return jdbc.prepareStatement(TAKE, statement -> {
            statement.setString(1, name);
            statement.setDouble(2, catchUp.toNanos() / 1e9);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Take(row.getBoolean("granted"),
                        Duration.ofNanos((long) (row.getDouble("wait_seconds") * 1e9)), state(row)))
                        : Optional.<Take>empty();
            }
        });
    }

    /** Counts one {@code -42} and returns the row as it is now. */
    @Transactional
    public BudgetState countCallLimitAnswer(String name) {
        return single(COUNT_CALL_LIMIT, name);
    }

    @Transactional
    public BudgetState read(String name) {
        return single(READ, name);
    }

    /** Sets the raised rate if the rate is still the one {@code seen}. */
    @Transactional
    public boolean raise(String name, BudgetState seen, Aimd.Raise raise) {
        return jdbc.prepareStatement(RAISE, statement -> {
            statement.setDouble(1, raise.rate());
            statement.setObject(2, timestamp(raise.changedAt()));
            statement.setString(3, name);
            bindSeenRate(statement, 4, seen);
            return statement.executeUpdate() == 1;
        });
    }

    /** Sets the cut rate if neither the rate nor the last cut changed since {@code seen}. */
    @Transactional
    public boolean cut(String name, BudgetState seen, double rate) {
        return jdbc.prepareStatement(CUT, statement -> {
            OffsetDateTime now = timestamp(seen.databaseTime());
            statement.setDouble(1, rate);
            statement.setObject(2, now);
            statement.setObject(3, now);
            statement.setString(4, name);
            bindSeenRate(statement, 5, seen);
            statement.setObject(7, seen.lastCutAt() == null ? null : timestamp(seen.lastCutAt()),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            return statement.executeUpdate() == 1;
        });
    }

    private BudgetState single(String sql, String name) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no Sectigo call budget named " + name);
                }
                return state(row);
            }
        });
    }

    private static void bindSeenRate(PreparedStatement statement, int index, BudgetState seen) throws SQLException {
        statement.setDouble(index, seen.rate());
        statement.setObject(index + 1, timestamp(seen.rateChangedAt()));
    }

    private static BudgetState state(ResultSet row) throws SQLException {
        return new BudgetState(row.getDouble("rate"), instant(row, "rate_changed_at"),
                row.getDouble("calls_per_second"), instant(row, "last_cut_at"), instant(row, "database_time"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
