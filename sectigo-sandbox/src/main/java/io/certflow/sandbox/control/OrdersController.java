package io.certflow.sandbox.control;

import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderLifecycle;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.order.OrderView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.function.Consumer;

/**
 * Orders: list (filter by foreignOrderNumber, status, loginName), one order, and moving it on:
 * complete validation now, reject. Order numbers with '#' must be URL-encoded (%23).
 */
@Controller("/sandbox/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrdersController {

    private final OrderStore orders;
    private final OrderLifecycle lifecycle;

    public OrdersController(OrderStore orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    @Get
    public List<OrderView> list(@Nullable @QueryValue String foreignOrderNumber, @Nullable @QueryValue String status,
                                @Nullable @QueryValue String loginName) {
        return orders.all().stream().map(Order::view)
                .filter(v -> foreignOrderNumber == null || foreignOrderNumber.equals(v.foreignOrderNumber()))
                .filter(v -> status == null || status.equalsIgnoreCase(v.status()))
                .filter(v -> loginName == null || loginName.equals(v.loginName())).toList();
    }

    @Get("/{orderNumber}")
    public HttpResponse<OrderView> get(String orderNumber) {
        return orders.find(orderNumber).map(o -> HttpResponse.ok(o.view())).orElseGet(HttpResponse::notFound);
    }

    @Post(uri = "/{orderNumber}/complete-validation", consumes = MediaType.ALL)
    public HttpResponse<OrderView> completeValidation(String orderNumber) {
        return act(orderNumber, lifecycle::completeValidation);
    }

    @Post(uri = "/{orderNumber}/reject", consumes = MediaType.ALL)
    public HttpResponse<OrderView> reject(String orderNumber, @Nullable @QueryValue String reason) {
        return act(orderNumber, order -> lifecycle.reject(order, reason == null ? "rejected by the sandbox" : reason));
    }

    /** Completes validation of every order that waits for it; answers the orders it issued. */
    @Post(uri = "/complete-validation", consumes = MediaType.ALL)
    public List<OrderView> completeAll() {
        return lifecycle.completeAllWaiting(orders.all()).stream().map(Order::view).toList();
    }

    private HttpResponse<OrderView> act(String orderNumber, Consumer<Order> action) {
        Order order = orders.find(orderNumber).orElse(null);
        if (order == null) {
            return HttpResponse.notFound();
        }
        try {
            action.accept(order);
        } catch (IllegalStateException e) {
            return HttpResponse.<OrderView>status(HttpStatus.CONFLICT).body(order.view());
        }
        return HttpResponse.ok(order.view());
    }
}
