package io.certflow.intake.support;

import io.certflow.events.FieldError;
import io.certflow.intake.order.OrderStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Bodies of intake's answers to {@code POST} requests, the same for every endpoint. */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** 202: the order (new, or the one a repeated request made) and where it stands. */
    @Serdeable
    public record Accepted(UUID orderId, OrderStatus status) {
    }

    /** 400: every field error at once. */
    @Serdeable
    public record Invalid(String message, List<FieldError> errors) {
    }

    /** 409: why the request does not fit the order's state, naming the order concerned. */
    @Serdeable
    public record Conflict(String message, UUID orderId) {
    }

    /** 401 and 403: why the token does not let the caller make this request. */
    @Serdeable
    public record Refused(String message) {
    }
}
