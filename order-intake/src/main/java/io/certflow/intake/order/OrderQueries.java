package io.certflow.intake.order;

import io.certflow.access.Caller;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** Reads one order with its timeline, for a caller who may see it; any other is as if it did not exist. */
@Singleton
public class OrderQueries {

    private final OrderRepository orders;
    private final TimelineRepository timeline;

    public OrderQueries(OrderRepository orders, TimelineRepository timeline) {
        this.orders = orders;
        this.timeline = timeline;
    }

    @ReadOnly
    public Optional<OrderView> find(Caller caller, UUID orderId) {
        return orders.findById(orderId)
                .filter(order -> order.isVisibleTo(caller))
                .map(order -> OrderView.of(order, timeline.findByOrderIdOrderById(orderId)));
    }
}
