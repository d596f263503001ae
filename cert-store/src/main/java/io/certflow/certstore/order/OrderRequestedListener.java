package io.certflow.certstore.order;

import io.certflow.events.OrderRequested;
import io.certflow.events.Topics;
import io.certflow.messaging.CertflowListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@CertflowListener("cert-store.order-requested")
class OrderRequestedListener {

    private final OrderDirectory directory;

    OrderRequestedListener(OrderDirectory directory) {
        this.directory = directory;
    }

    @Topic(Topics.ORDER_REQUESTED)
    void on(OrderRequested event) {
        directory.recordRequest(event);
    }
}
