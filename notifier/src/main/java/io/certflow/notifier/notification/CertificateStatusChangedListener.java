package io.certflow.notifier.notification;

import io.certflow.events.CertificateStatusChanged;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.certificate-status")
class CertificateStatusChangedListener {

    private final CustomerNotifications notifications;

    CertificateStatusChangedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.CERTIFICATE_STATUS_CHANGED)
    void on(CertificateStatusChanged event) {
        notifications.statusChanged(event);
    }
}
