package io.certflow.certstore.lifecycle;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("cert-store.certificate-revoked")
class CertificateRevokedListener {

    private final CertificateLifecycle lifecycle;

    CertificateRevokedListener(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Topic(Topics.CERTIFICATE_REVOKED)
    void on(CertificateRevoked event) {
        lifecycle.revoked(event);
    }
}
