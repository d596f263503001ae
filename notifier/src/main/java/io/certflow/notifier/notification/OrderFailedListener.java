package io.certflow.notifier.notification;

import io.certflow.events.OrderFailed;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("notifier.order-failed")
class OrderFailedListener {

    private final CustomerNotifications notifications;

    OrderFailedListener(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Topic(Topics.ORDER_FAILED)
    void on(OrderFailed event) {
        notifications.orderFailed(event);
    }
}
