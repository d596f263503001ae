package io.certflow.intake.support;

import io.certflow.events.FieldError;
import io.certflow.intake.order.OrderStatus;

import java.util.List;
import java.util.UUID;

/** What became of a customer's request on an existing order (replacement, revocation). */
public sealed interface RequestOutcome {

    /** Done or already under way: {@code orderId} is the order to follow. */
    record Accepted(UUID orderId, OrderStatus status) implements RequestOutcome {
    }

    /** The request itself is invalid; nothing was stored or published. */
    record Invalid(List<FieldError> errors) implements RequestOutcome {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** No such order, or one the caller may not see: answered alike. */
    record NotFound(UUID orderId) implements RequestOutcome {
    }

    /** The order's state (or an earlier request with the same key) does not allow it. */
    record Conflict(String message, UUID orderId) implements RequestOutcome {
    }
}
