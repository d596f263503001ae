package io.certflow.intake.submission;

import io.certflow.events.FieldError;
import io.certflow.intake.order.OrderStatus;

import java.util.List;
import java.util.UUID;

/** What became of one submission. */
public sealed interface SubmissionOutcome {

    /** An order exists for it: new, or the one an earlier submission with the same request id made. */
    record Accepted(UUID orderId, OrderStatus status, boolean repeated) implements SubmissionOutcome {
    }

    /** Invalid: nothing was stored. */
    record Rejected(List<FieldError> errors) implements SubmissionOutcome {

        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** The request id was already used for a different order. */
    record Conflict(UUID existingOrderId) implements SubmissionOutcome {
    }
}
