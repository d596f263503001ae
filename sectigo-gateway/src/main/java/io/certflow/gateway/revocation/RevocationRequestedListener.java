package io.certflow.gateway.revocation;

import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

/** Puts each revocation request in the ledger; Sectigo is called by the worker, never from here. */
@CertflowListener("sectigo-gateway.revocation")
class RevocationRequestedListener {

    private final RevocationLedger ledger;

    RevocationRequestedListener(RevocationLedger ledger) {
        this.ledger = ledger;
    }

    @Topic(Topics.ORDER_REVOCATION_REQUESTED)
    void on(OrderRevocationRequested event) {
        ledger.record(event);
    }
}
