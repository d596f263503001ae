package io.certflow.gateway.placement;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Puts each requested order in the ledger; Sectigo is called by the worker, never from here. */
@CertflowListener("sectigo-gateway.placement")
class OrderRequestedListener {

    private final Ledger ledger;

    OrderRequestedListener(Ledger ledger) {
        this.ledger = ledger;
    }

    @Topic(Topics.ORDER_REQUESTED)
    void on(OrderRequested event) {
        ledger.record(event);
    }
}
