package io.certflow.sandbox.control;

import io.certflow.sandbox.order.FailureStage;
import io.certflow.sandbox.order.Order;
import io.certflow.sandbox.order.OrderLifecycle;
import io.certflow.sandbox.order.OrderStore;
import io.certflow.sandbox.order.OrderView;
import io.certflow.sandbox.order.WrongCodeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
 * complete validation or the customer's callback now, reject, fail, brand validation. Order
 * numbers with '#' must be URL-encoded (%23). 404 unknown order, 409 wrong state, 400 bad input.
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
    public HttpResponse<?> completeValidation(String orderNumber) {
        return act(orderNumber, lifecycle::completeValidation);
    }

    @Post(uri = "/{orderNumber}/reject", consumes = MediaType.ALL)
    public HttpResponse<?> reject(String orderNumber, @Nullable @QueryValue String reason) {
        return act(orderNumber, order -> lifecycle.reject(order, reason == null ? "rejected by the sandbox" : reason));
    }

    /** stage {@code pre} (default; push 3 with the reason) or {@code post} (push 5). */
    @Post(uri = "/{orderNumber}/fail", consumes = MediaType.ALL)
    public HttpResponse<?> fail(String orderNumber, @Nullable @QueryValue String stage,
                                @Nullable @QueryValue String reason) {
        FailureStage failure = FailureStage.named(stage == null ? "pre" : stage).orElse(null);
        if (failure == null) {
            return HttpResponse.badRequest("stage must be pre or post, not '" + stage + "'");
        }
        return act(orderNumber, order -> lifecycle.fail(order, failure,
                reason == null || reason.isBlank() ? failure.defaultReason() : reason));
    }

    @Post(uri = "/{orderNumber}/brand-validation", consumes = MediaType.ALL)
    public HttpResponse<?> brandValidation(String orderNumber) {
        return act(orderNumber, lifecycle::awaitBrandValidation);
    }

    /** As if the customer used the callback / click-through link; a given code must match (400). */
    @Post(uri = "/{orderNumber}/complete-callback", consumes = MediaType.ALL)
    public HttpResponse<?> completeCallback(String orderNumber, @Nullable @QueryValue String code) {
        return act(orderNumber, order -> lifecycle.completeCallback(order, code));
    }

    /** Completes validation of every order that waits for DCV; answers the orders it completed. */
    @Post(uri = "/complete-validation", consumes = MediaType.ALL)
    public List<OrderView> completeAll() {
        return lifecycle.completeAllWaiting(orders.all()).stream().map(Order::view).toList();
    }

    private HttpResponse<?> act(String orderNumber, Consumer<Order> action) {
        Order order = orders.find(orderNumber).orElse(null);
        if (order == null) {
            return HttpResponse.notFound();
        }
        try {
            action.accept(order);
        } catch (IllegalStateException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(order.view());
        } catch (WrongCodeException e) {
            return HttpResponse.badRequest(e.getMessage());
        }
        return HttpResponse.ok(order.view());
    }
}
