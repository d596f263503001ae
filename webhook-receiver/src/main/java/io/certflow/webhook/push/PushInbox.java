package io.certflow.webhook.push;

import io.certflow.messaging.outbox.Outbox;
import io.certflow.webhook.order.KnownOrders;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.UUID;

/**
 * Receives a push: validated first, then the inbox row and its events in one short transaction, so
 * that the caller may answer 200 only for a push that is durably stored. A repeated push changes
 * nothing; a push for an order not (yet) known is stored and published without our order id.
 */
@Singleton
public class PushInbox {

    static final String SOURCE = "webhook-receiver";
    private static final Logger LOG = LoggerFactory.getLogger(PushInbox.class);

    private final ReceivedPushes received;
    private final KnownOrders knownOrders;
    private final Outbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final NextStepLinks links;

    public PushInbox(ReceivedPushes received, KnownOrders knownOrders, Outbox outbox,
                     TransactionOperations<Connection> transactions, NextStepLinks links) {
        this.received = received;
        this.knownOrders = knownOrders;
        this.outbox = outbox;
        this.transactions = transactions;
        this.links = links;
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
        UUID orderId = knownOrders.orderIdOf(push.orderNumber()).orElse(null);
        if (!received.add(push, orderId)) {
            return PushOutcome.duplicate();
        }
        boolean evOrder = links.dependsOnEv(push) && received.sawClickThrough(push.orderNumber());
        outbox.append(push.statusChanged(SOURCE, orderId, links.of(push, evOrder).orElse(null)));
        push.issued(SOURCE, orderId).ifPresent(outbox::append);
        return PushOutcome.stored();
    }
}
