package io.certflow.intake.submission;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two submissions with one request id can pass the "already known?" check at the same time; the
 * unique index lets only one insert commit. Running the loser once more makes it find the winner's
 * order and answer it, as a retried submission would.
 */
final class UniqueRace {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueRace() {
    }

    static <T> T retryOnce(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return transaction.get();
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
