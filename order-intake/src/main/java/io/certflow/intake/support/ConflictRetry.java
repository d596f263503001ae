package io.certflow.intake.support;

import io.micronaut.data.exceptions.OptimisticLockException;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two requests can pass the same "already there?" check at once: two submissions with one request
 * id (the unique index lets only one insert commit), or two requests changing one order (its
 * version lets only one update commit). Running the loser once more makes it see the winner's
 * result and answer as a retried request would.
 */
public final class ConflictRetry {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConflictRetry() {
    }

    public static <T> T retryOnce(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (!isConflict(e)) {
                throw e;
            }
            return transaction.get();
        }
    }

    private static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
