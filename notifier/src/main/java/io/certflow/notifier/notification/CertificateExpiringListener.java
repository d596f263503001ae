package io.certflow.notifier.notification;

import io.certflow.events.CertificateExpiring;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.certificate-expiring")
class CertificateExpiringListener {

    private final CustomerNotifications notifications;

    CertificateExpiringListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.CERTIFICATE_EXPIRING)
    void on(CertificateExpiring event) {
        notifications.certificateExpiring(event);
    }
}
