package io.certflow.intake.submission;

import io.certflow.events.FieldError;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRejected;
import io.certflow.events.OrderRequested;
import io.certflow.events.OrderSubmitted;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderRepository;
import io.certflow.intake.order.TimelineEntry;
import io.certflow.intake.order.TimelineRepository;
import io.certflow.intake.support.ConflictRetry;
import io.certflow.intake.validation.OrderValidator;
import io.certflow.intake.validation.ValidationResult;
import io.certflow.messaging.inbox.Inbox;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a submission, from REST or from the submissions topic, into an order: validated first, then
 * the order, its first timeline entry and {@code order.requested} in one transaction. A request id
 * makes a repeated submission answer the first order instead of creating a second one.
 */
@Singleton
public class OrderSubmissions {

    public static final String SOURCE = "order-intake";
    private static final String CONSUMER = "order-intake.submissions";
    public static final int MAX_REQUEST_ID_LENGTH = 128;

    private final OrderValidator validator;
    private final OrderRepository orders;
    private final TimelineRepository timeline;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Fingerprints fingerprints;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public OrderSubmissions(OrderValidator validator, OrderRepository orders, TimelineRepository timeline,
                            Outbox outbox, Inbox inbox, Fingerprints fingerprints, Clock clock,
                            TransactionOperations<Connection> transactions) {
        this.validator = validator;
        this.orders = orders;
        this.timeline = timeline;
        this.outbox = outbox;
        this.inbox = inbox;
        this.fingerprints = fingerprints;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** REST: an invalid order is answered, and nothing is stored or published. */
    public SubmissionOutcome submit(OrderDetails order, @Nullable String requestId) {
        return ConflictRetry.retryOnce(() -> transactions.executeWrite(
                status -> accept(order, requestId, "", OrderChannel.API)));
    }

    /** Kafka: an invalid submission is answered with {@code order.rejected}, once per event. */
    public void receive(OrderSubmitted submission) {
        ConflictRetry.retryOnce(() -> inbox.handle(CONSUMER, submission,
                () -> rejectIfRefused(submission, acceptSubmitted(submission))));
    }

    private SubmissionOutcome acceptSubmitted(OrderSubmitted submission) {
        if (submission.order() == null) {
            return new SubmissionOutcome.Rejected(List.of(new FieldError("order", "is required")));
        }
        return accept(submission.order(), submission.requestId(), "order.", OrderChannel.SUBMISSION);
    }

    private void rejectIfRefused(OrderSubmitted submission, SubmissionOutcome outcome) {
        List<FieldError> errors = List.of();
        if (outcome instanceof SubmissionOutcome.Rejected rejected) {
            errors = rejected.errors();
        } else if (outcome instanceof SubmissionOutcome.Conflict conflict) {
            errors = List.of(new FieldError("requestId",
                    "was already used for a different order (" + conflict.existingOrderId() + ")"));
        }
        if (!errors.isEmpty()) {
            outbox.append(OrderRejected.of(SOURCE, submission.requestId(), errors));
        }
    }

    private SubmissionOutcome accept(OrderDetails order, @Nullable String requestId, String fieldPrefix,
                                     OrderChannel channel) {
        if (requestId != null && requestId.length() > MAX_REQUEST_ID_LENGTH) {
            return new SubmissionOutcome.Rejected(List.of(new FieldError("requestId",
                    "is longer than " + MAX_REQUEST_ID_LENGTH + " characters")));
        }
        String fingerprint = fingerprints.of(order);
        Optional<Order> earlier = requestId == null ? Optional.empty() : orders.findByRequestId(requestId);
        if (earlier.isPresent()) {
            return fingerprint.equals(earlier.get().requestFingerprint())
                    ? new SubmissionOutcome.Accepted(earlier.get().id(), earlier.get().status(), true)
                    : new SubmissionOutcome.Conflict(earlier.get().id());
        }
        ValidationResult result = validator.validate(order, fieldPrefix);
        if (result instanceof ValidationResult.Invalid invalid) {
            return new SubmissionOutcome.Rejected(invalid.errors());
        }
        Order stored = store((ValidationResult.Valid) result, requestId, fingerprint, channel);
        return new SubmissionOutcome.Accepted(stored.id(), stored.status(), false);
    }

    private Order store(ValidationResult.Valid valid, @Nullable String requestId, String fingerprint,
                        OrderChannel channel) {
        Order order = orders.save(Order.accept(UUID.randomUUID(), requestId, fingerprint, valid.order(), null,
                clock.instant()));
        timeline.save(TimelineEntry.of(order, order.createdAt(), "Order accepted"));
        outbox.append(OrderRequested.of(SOURCE, order.id(), requestId, valid.order(), null, null, channel,
                valid.facts()));
        return order;
    }
}
