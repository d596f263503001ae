package io.certflow.intake.order;

import io.certflow.access.Caller;
import io.certflow.access.Scopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** {@code GET /orders/{orderId}} ({@code orders:read} or operator); an unknown or unseen id answers 404. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrderQueryController {

    private final OrderQueries queries;

    public OrderQueryController(OrderQueries queries) {
        this.queries = queries;
    }

    @Get("/{orderId}")
    @Secured({Scopes.ORDERS_READ, Scopes.OPERATOR})
    public HttpResponse<?> find(UUID orderId, Authentication authentication) {
        return queries.find(Caller.of(authentication), orderId).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(UnknownOrder.of(orderId)));
    }
}
