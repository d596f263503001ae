package io.certflow.intake.support;

import io.certflow.intake.order.UnknownOrder;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.net.URI;

/** The HTTP answer to each {@link RequestOutcome}, the same for every endpoint. */
public final class HttpAnswers {

    private HttpAnswers() {
    }

    public static HttpResponse<?> of(RequestOutcome outcome, String invalidMessage) {
        if (outcome instanceof RequestOutcome.Accepted accepted) {
            return HttpResponse.accepted(URI.create("/orders/" + accepted.orderId()))
                    .body(new ApiResponses.Accepted(accepted.orderId(), accepted.status()));
        }
        if (outcome instanceof RequestOutcome.Invalid invalid) {
            return HttpResponse.badRequest(new ApiResponses.Invalid(invalidMessage, invalid.errors()));
        }
        if (outcome instanceof RequestOutcome.NotFound missing) {
            return HttpResponse.notFound(UnknownOrder.of(missing.orderId()));
        }
        RequestOutcome.Conflict conflict = (RequestOutcome.Conflict) outcome;
        return HttpResponse.status(HttpStatus.CONFLICT).body(new ApiResponses.Conflict(conflict.message(),
                conflict.orderId()));
    }
}
