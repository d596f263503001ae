package io.certflow.certstore.certificate;

import io.certflow.events.CertificateIssued;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("cert-store.certificate-issued")
class CertificateIssuedListener {

    private final CertificateIntake intake;

    CertificateIssuedListener(CertificateIntake intake) {
        this.intake = intake;
    }

    @Topic(Topics.CERTIFICATE_ISSUED)
    void on(CertificateIssued delivery) {
        intake.receive(delivery);
    }
}
