package io.certflow.webhook.push;

import io.certflow.messaging.inbox.OrderKey;
import io.certflow.messaging.inbox.OrderLocks;
import io.certflow.webhook.order.KnownOrders;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives a push: validated first, then the inbox row and its events in one short transaction, so
 * that the caller may answer 200 only for a push that is durably stored. A repeated push changes
 * nothing. A push for a Sectigo number no {@code order.placed} has named yet is stored and held
 * ({@link HeldPushRelease} publishes it), because every event about an order carries its id.
 */
@Singleton
public class PushInbox {

    private static final Logger LOG = LoggerFactory.getLogger(PushInbox.class);

    private final ReceivedPushes received;
    private final KnownOrders knownOrders;
    private final OrderLocks locks;
    private final PushEvents events;
    private final TransactionOperations<Connection> transactions;

    public PushInbox(ReceivedPushes received, KnownOrders knownOrders, OrderLocks locks, PushEvents events,
                     TransactionOperations<Connection> transactions) {
        this.received = received;
        this.knownOrders = knownOrders;
        this.locks = locks;
        this.events = events;
        this.transactions = transactions;
    }

    public PushOutcome receive(PushParameters parameters) {
        PushValidation validation = PushValidator.validate(parameters);
        if (!validation.isValid()) {
            LOG.info("Malformed push refused: {}", validation.errors());
            return PushOutcome.invalid(validation.errors());
        }
        Push push = validation.push();
        PushOutcome outcome = transactions.executeWrite(status -> store(push));
        LOG.info("Push for Sectigo order {} ({}): {}", push.orderNumber(), push.providerStatus(), outcome.kind());
        return outcome;
    }

    private PushOutcome store(Push push) {
        locks.lock(OrderKey.sectigoNumber(push.orderNumber()));
        Optional<UUID> orderId = knownOrders.orderIdOf(push.orderNumber());
        if (!received.add(push, orderId.orElse(null))) {
            return PushOutcome.duplicate();
        }
        if (orderId.isEmpty()) {
            return PushOutcome.held();
        }
        events.publish(push, orderId.get());
        return PushOutcome.stored();
    }
}
