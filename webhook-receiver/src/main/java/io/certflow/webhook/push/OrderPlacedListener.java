package io.certflow.webhook.push;

import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("webhook-receiver.order-placed")
class OrderPlacedListener {

    private final HeldPushRelease release;

    OrderPlacedListener(HeldPushRelease release) {
        this.release = release;
    }

    @Topic(Topics.ORDER_PLACED)
    void on(OrderPlaced event) {
        release.orderPlaced(event);
    }
}
