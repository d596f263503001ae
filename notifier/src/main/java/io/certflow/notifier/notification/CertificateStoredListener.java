package io.certflow.notifier.notification;

import io.certflow.events.CertificateStored;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.certificate-stored")
class CertificateStoredListener {

    private final CustomerNotifications notifications;

    CertificateStoredListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.CERTIFICATE_STORED)
    void on(CertificateStored event) {
        notifications.certificateStored(event);
    }
}
