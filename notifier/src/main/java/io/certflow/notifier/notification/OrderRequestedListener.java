package io.certflow.notifier.notification;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.recipients")
class OrderRequestedListener {

    private final CustomerNotifications notifications;

    OrderRequestedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.ORDER_REQUESTED)
    void on(OrderRequested event) {
        notifications.orderRequested(event);
    }
}
