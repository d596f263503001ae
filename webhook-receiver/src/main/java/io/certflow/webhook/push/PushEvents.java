package io.certflow.webhook.push;

import io.certflow.messaging.outbox.Outbox;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The events a push becomes once its order is known: its status, and the certificate if it delivered one. */
@Singleton
class PushEvents {

    static final String SOURCE = "webhook-receiver";

    private final ReceivedPushes received;
    private final NextStepLinks links;
    private final Outbox outbox;

    PushEvents(ReceivedPushes received, NextStepLinks links, Outbox outbox) {
        this.received = received;
        this.links = links;
        this.outbox = outbox;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publish(Push push, UUID orderId) {
        boolean evOrder = links.dependsOnEv(push) && received.sawClickThrough(push.orderNumber());
        outbox.append(push.statusChanged(SOURCE, orderId, links.of(push, evOrder).orElse(null)));
        push.issued(SOURCE, orderId).ifPresent(outbox::append);
    }
}
