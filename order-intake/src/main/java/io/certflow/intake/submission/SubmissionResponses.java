package io.certflow.intake.submission;

import io.certflow.events.FieldError;
import io.certflow.intake.order.OrderStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Bodies of the answers to {@code POST /orders}. */
final class SubmissionResponses {

    private SubmissionResponses() {
    }

    @Serdeable
    record Accepted(UUID orderId, OrderStatus status) {
    }

    @Serdeable
    record Invalid(String message, List<FieldError> errors) {
    }

    @Serdeable
    record Conflict(String message, UUID orderId) {
    }
}
