package io.certflow.messaging.retention;

import java.util.Objects;

/**
 * What a service keeps for how long: one table, one age setting, and what happens to its rows
 * older than the cut-off. A service contributes its rules as beans; {@link RetentionJob} runs them.
 *
 * <p>{@link #statement()} changes at most one batch: its last parameter is the batch size, every
 * other one the cut-off (a {@code timestamptz}; a condition may need it twice), and it answers how
 * many rows it changed; a {@code ?} is only ever a parameter (not in a literal, not the jsonb
 * operator), since the parameters are found by counting them. The
 * factories build it on {@code ctid}, with {@code FOR UPDATE SKIP LOCKED}, so a batch never waits
 * for a row the service is changing at that moment (the next run takes it).
 *
 * @param name      how logs and {@code /health} name the rule, e.g. {@code messaging_outbox.published}
 * @param age       which setting of {@link RetentionProperties} gives the cut-off
 * @param statement the batch statement
 */
public record RetentionRule(String name, Age age, String statement) {

    public enum Age {
        PERSONAL_DATA, OUTBOX, INBOX
    }

    public RetentionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(age, "age");
        if (parameters(statement) < 2) {
            throw new IllegalArgumentException("retention rule " + name
                    + " needs the cut-off and, last, the batch size as parameters");
        }
    }

    /** How many parameters of the statement take the cut-off: all but the last. */
    int cutOffParameters() {
        return parameters(statement) - 1;
    }

    /**
     * Deletes the rows of {@code table} that match {@code olderThan}.
     *
     * @param olderThan a condition whose parameters are the cut-off, e.g. {@code published_at < ?}
     */
    public static RetentionRule delete(String name, Age age, String table, String olderThan) {
        return new RetentionRule(name, age, "DELETE FROM " + table + " WHERE ctid = ANY(ARRAY("
                + batch(table, olderThan) + "))");
    }

    /**
     * Overwrites the personal columns of the rows of {@code table} that match {@code olderThan} and
     * sets their {@code scrubbed_at}, so that the next run does not visit them again.
     *
     * @param assignments the {@code SET} list without {@code scrubbed_at}, e.g. {@code body = NULL}
     * @param olderThan   a condition whose parameters are the cut-off
     */
    public static RetentionRule scrub(String name, Age age, String table, String assignments, String olderThan) {
        return new RetentionRule(name, age, "UPDATE " + table + " SET " + assignments
                + ", scrubbed_at = now() WHERE ctid = ANY(ARRAY("
                + batch(table, "scrubbed_at IS NULL AND (" + olderThan + ")") + "))");
    }

    private static int parameters(String statement) {
        return (int) statement.chars().filter(c -> c == '?').count();
    }

    private static String batch(String table, String condition) {
        return "SELECT ctid FROM " + table + " WHERE " + condition + " LIMIT ? FOR UPDATE SKIP LOCKED";
    }
}
