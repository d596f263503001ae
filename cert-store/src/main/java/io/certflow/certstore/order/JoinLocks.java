package io.certflow.certstore.order;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * A certificate and the two events that identify its order arrive on three topics, in any order,
 * possibly at the same moment on different consumers. Without a lock each transaction could miss
 * the other's uncommitted row and leave a certificate pending forever. Transaction-scoped advisory
 * locks serialize the joins per Sectigo number and per order; they are always taken in that order
 * (number, then order), so two joins cannot deadlock.
 */
@Singleton
public class JoinLocks {

    private static final int SECTIGO_NUMBER = 1_000_100;
    private static final int ORDER = 1_000_101;
    private static final String LOCK = "SELECT pg_advisory_xact_lock(?, hashtext(?))";

    private final JdbcOperations jdbc;

    public JoinLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockSectigoNumber(String sectigoOrderNumber) {
        lock(SECTIGO_NUMBER, sectigoOrderNumber);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockOrder(UUID orderId) {
        lock(ORDER, orderId.toString());
    }

    private void lock(int space, String key) {
        jdbc.prepareStatement(LOCK, statement -> {
            statement.setInt(1, space);
            statement.setString(2, key);
            statement.executeQuery().close();
            return null;
        });
    }
}
