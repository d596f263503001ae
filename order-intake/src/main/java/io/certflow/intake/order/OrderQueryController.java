package io.certflow.intake.order;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.ReadOnly;

import java.util.Optional;
import java.util.UUID;

/** {@code GET /orders/{orderId}}; an unknown id answers 404. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrderQueryController {

    private final OrderRepository orders;
    private final TimelineRepository timeline;

    public OrderQueryController(OrderRepository orders, TimelineRepository timeline) {
        this.orders = orders;
        this.timeline = timeline;
    }

    @Get("/{orderId}")
    @ReadOnly
    public Optional<OrderView> find(UUID orderId) {
        return orders.findById(orderId).map(order -> OrderView.of(order, timeline.findByOrderIdOrderById(orderId)));
    }
}
