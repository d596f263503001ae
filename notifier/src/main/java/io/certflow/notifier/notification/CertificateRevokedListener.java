package io.certflow.notifier.notification;

import io.certflow.events.CertificateRevoked;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.certificate-revoked")
class CertificateRevokedListener {

    private final CustomerNotifications notifications;

    CertificateRevokedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.CERTIFICATE_REVOKED)
    void on(CertificateRevoked event) {
        notifications.certificateRevoked(event);
    }
}
