package io.certflow.webhook.order;

import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("webhook-receiver.order-placed")
class OrderPlacedListener {

    private final KnownOrders knownOrders;

    OrderPlacedListener(KnownOrders knownOrders) {
        this.knownOrders = knownOrders;
    }

    @Topic(Topics.ORDER_PLACED)
    void on(OrderPlaced event) {
        knownOrders.remember(event);
    }
}
