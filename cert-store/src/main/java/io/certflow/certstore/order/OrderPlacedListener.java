package io.certflow.certstore.order;

import io.certflow.events.OrderPlaced;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("cert-store.order-placed")
class OrderPlacedListener {

    private final OrderDirectory directory;

    OrderPlacedListener(OrderDirectory directory) {
        this.directory = directory;
    }

    @Topic(Topics.ORDER_PLACED)
    void on(OrderPlaced event) {
        directory.recordPlacement(event);
    }
}
