package io.certflow.certstore.lifecycle;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("cert-store.certificate-status-changed")
class CertificateStatusChangedListener {

    private final CertificateLifecycle lifecycle;

    CertificateStatusChangedListener(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Topic(Topics.CERTIFICATE_STATUS_CHANGED)
    void on(CertificateStatusChanged event) {
        lifecycle.statusChanged(event);
    }
}
