package io.certflow.notifier.notification;

import io.certflow.events.OrderRevocationFailed;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.revocation-failed")
class RevocationFailedListener {

    private final CustomerNotifications notifications;

    RevocationFailedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.ORDER_REVOCATION_FAILED)
    void on(OrderRevocationFailed event) {
        notifications.revocationFailed(event);
    }
}
