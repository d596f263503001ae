package io.certflow.gateway.collection;

import io.certflow.events.CertificateIssued;
import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

/**
 * Learns from pushes (keyed by Sectigo order number) which orders need no collection: a certificate
 * or an end settles an order, any other push postpones its collection. The gateway's own collection
 * events come back here too and are ignored.
 */
@CertflowListener("sectigo-gateway.collection")
class PushedResultListener {

    private final CollectionLedger ledger;

    PushedResultListener(CollectionLedger ledger) {
        this.ledger = ledger;
    }

    @Topic(Topics.CERTIFICATE_STATUS_CHANGED)
    void onStatus(CertificateStatusChanged event) {
        ledger.heard(event);
    }

    @Topic(Topics.CERTIFICATE_ISSUED)
    void onIssued(CertificateIssued event) {
        ledger.heard(event);
    }
}
