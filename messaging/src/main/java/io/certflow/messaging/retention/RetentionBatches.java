package io.certflow.messaging.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Applies one rule in batches, each its own transaction, so that a large first run neither holds
 * one huge transaction nor keeps rows locked for long.
 */
@Singleton
class RetentionBatches {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    RetentionBatches(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs the rule's batches until one changes fewer than {@code batchSize} rows; the rows changed. */
    long apply(RetentionRule rule, Instant cutOff, int batchSize) {
        long changed = 0;
        int batch;
        do {
            batch = transactions.executeWrite(status -> oneBatch(rule, cutOff, batchSize));
            changed += batch;
        } while (batch == batchSize);
        return changed;
    }

    private int oneBatch(RetentionRule rule, Instant cutOff, int batchSize) {
        return jdbc.prepareStatement(rule.statement(), statement -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(cutOff, ZoneOffset.UTC);
            for (int parameter = 1; parameter <= rule.cutOffParameters(); parameter++) {
                statement.setObject(parameter, at);
            }
            statement.setInt(rule.cutOffParameters() + 1, batchSize);
            return statement.executeUpdate();
        });
    }
}
