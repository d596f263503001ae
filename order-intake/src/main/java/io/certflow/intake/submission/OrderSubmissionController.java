package io.certflow.intake.submission;

import io.certflow.access.Caller;
import io.certflow.access.Scopes;
import io.certflow.intake.support.ApiResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;

/** {@code POST /orders} ({@code orders:submit}): maps the request to a submission and the outcome to a status code. */
@Controller("/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrderSubmissionController {

    private final OrderSubmissions submissions;

    public OrderSubmissionController(OrderSubmissions submissions) {
        this.submissions = submissions;
    }

    @Post
    @Secured(Scopes.ORDERS_SUBMIT)
    public HttpResponse<?> submit(@Body OrderForm form, @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                  Authentication authentication) {
        String requestId = idempotencyKey != null ? idempotencyKey : form.requestId();
        SubmissionOutcome outcome = submissions.submit(Caller.of(authentication), form.order(), requestId);
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return HttpResponse.accepted(URI.create("/orders/" + accepted.orderId()))
                    .body(new ApiResponses.Accepted(accepted.orderId(), accepted.status()));
        }
        if (outcome instanceof SubmissionOutcome.Conflict conflict) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ApiResponses.Conflict(
                    "This request id was already used for a different order", conflict.existingOrderId()));
        }
        return HttpResponse.badRequest(new ApiResponses.Invalid("The order is invalid",
                ((SubmissionOutcome.Rejected) outcome).errors()));
    }
}
