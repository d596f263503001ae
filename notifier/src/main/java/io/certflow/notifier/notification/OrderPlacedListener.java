package io.certflow.notifier.notification;

import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.order-placed")
class OrderPlacedListener {

    private final CustomerNotifications notifications;

    OrderPlacedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.ORDER_PLACED)
    void on(OrderPlaced event) {
        notifications.orderPlaced(event);
    }
}
