package io.certflow.gateway.collection;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatus;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.CertificateType;
import io.certflow.events.Event;
import io.certflow.events.StatusOrigin;
import io.certflow.messaging.inbox.Inbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Which placed orders still need their result collected. Placement starts tracking an order; pushes
 * settle it or postpone its collection. Rows are changed under a row lock, so a push that arrives at
 * the same moment as a collection is never lost.
 */
@Singleton
public class CollectionLedger {

    static final String CONSUMER = "sectigo-gateway.collection";
    /** A push with one of these ends the order; ISSUED settles only with the certificate (certificate.issued). */
    private static final Set<CertificateStatus> ENDED = Set.of(CertificateStatus.REVOKED, CertificateStatus.REPLACED,
            CertificateStatus.REJECTED, CertificateStatus.FAILED);
    private static final String INSERT = """
            INSERT INTO collection (sectigo_order_number, state, collections, created_at, updated_at, version)
            VALUES (?, 'WATCHING', 0, ?, ?, 0) ON CONFLICT DO NOTHING""";

    private final CollectionRepository collections;
    private final Inbox inbox;
    private final JdbcOperations jdbc;
    private final CollectionProperties rules;
    private final Clock clock;

    public CollectionLedger(CollectionRepository collections, Inbox inbox, JdbcOperations jdbc,
                            CollectionProperties rules, Clock clock) {
        this.collections = collections;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** In the placement's transaction: the order is now Sectigo's {@code sectigoOrderNumber}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void track(UUID orderId, String sectigoOrderNumber, CertificateType type, Instant placedAt) {
        change(sectigoOrderNumber, placedAt, c -> c.track(orderId, type, placedAt, rules));
    }

    public void heard(CertificateStatusChanged event) {
        heard(event, event.origin(), event.sectigoOrderNumber(), ENDED.contains(event.status()));
    }

    public void heard(CertificateIssued event) {
        heard(event, event.origin(), event.sectigoOrderNumber(), true);
    }

    /** Whether a claim could find a due order: a read without locks, so a wake-up with nothing due writes nothing. */
    public boolean anyDue(Instant now) {
        return collections.anyDue(now);
    }

    /** Claims up to {@code limit} due orders for one CollectSSL each. */
    @Transactional
    public List<Collection> claimDue(int limit, Instant now) {
        return collections.findDueForUpdate(now, limit).stream()
                .map(c -> collections.update(c.claim(now, rules.lease()))).toList();
    }

    /**
     * A push is published only after its order.placed (webhook-receiver holds it until then), which
     * this service wrote in the transaction that created the row: the row is always there.
     */
    private void heard(Event event, StatusOrigin origin, String sectigoOrderNumber, boolean settles) {
        inbox.handle(CONSUMER, event, () -> {
            if (origin == StatusOrigin.PUSH) {
                Instant now = clock.instant();
                collections.findForUpdate(sectigoOrderNumber)
                        .ifPresent(current -> collections.update(current.pushed(settles, now, rules)));
            }
        });
    }

    private void change(String sectigoOrderNumber, Instant now, UnaryOperator<Collection> step) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, sectigoOrderNumber);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now));
            return statement.executeUpdate();
        });
        Collection current = collections.findForUpdate(sectigoOrderNumber).orElseThrow();
        collections.update(step.apply(current));
    }
}
