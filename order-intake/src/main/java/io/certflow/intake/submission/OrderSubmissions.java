package io.certflow.intake.submission;

import io.certflow.access.Caller;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a submission, from REST or from the submissions topic, into an order of one tenant: validated
 * first, then the order, its first timeline entry and {@code order.requested} in one transaction. A
 * request id makes a repeated submission of the same tenant answer the first order instead of creating
 * a second one; request ids are each tenant's own.
 */
@Singleton
public class OrderSubmissions {

    public static final String SOURCE = "order-intake";
    private static final String CONSUMER = "order-intake.submissions";
    public static final int MAX_REQUEST_ID_LENGTH = 128;
    /** The {@code orders.tenant} column's width. */
    static final int MAX_TENANT_LENGTH = 128;

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

    /**
     * REST: filed under the caller's tenant; an invalid order is answered, and nothing is stored or
     * published. A caller without a tenant (an operator) cannot submit: {@link Caller.NoTenantException}.
     */
    public SubmissionOutcome submit(Caller caller, OrderDetails order, @Nullable String requestId) {
        String tenant = caller.tenantForNewOrders();
        return ConflictRetry.retryOnce(() -> transactions.executeWrite(
                status -> accept(tenant, order, requestId, "", OrderChannel.API)));
    }

    /** Kafka: an invalid submission is answered with {@code order.rejected}, once per event. */
    public void receive(OrderSubmitted submission) {
        ConflictRetry.retryOnce(() -> inbox.handle(CONSUMER, submission,
                () -> rejectIfRefused(submission, acceptSubmitted(submission))));
    }

    /** The topic has no token: the submission names its tenant, and one that does not is rejected. */
    private SubmissionOutcome acceptSubmitted(OrderSubmitted submission) {
        boolean hasTenant = submission.tenant() != null && !submission.tenant().isBlank();
        if (hasTenant && submission.order() != null) {
            return accept(submission.tenant(), submission.order(), submission.requestId(), "order.",
                    OrderChannel.SUBMISSION);
        }
        List<FieldError> errors = new ArrayList<>();
        if (!hasTenant) {
            errors.add(new FieldError("tenant", "is required: the tenant the order is filed under"));
        }
        if (submission.order() == null) {
            errors.add(new FieldError("order", "is required"));
        } else if (validator.validate(submission.order(), "order.") instanceof ValidationResult.Invalid invalid) {
            errors.addAll(invalid.errors());
        }
        return new SubmissionOutcome.Rejected(errors);
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

    private SubmissionOutcome accept(String tenant, OrderDetails order, @Nullable String requestId,
                                     String fieldPrefix, OrderChannel channel) {
        if (requestId != null && requestId.length() > MAX_REQUEST_ID_LENGTH) {
            return new SubmissionOutcome.Rejected(List.of(new FieldError("requestId",
                    "is longer than " + MAX_REQUEST_ID_LENGTH + " characters")));
        }
        if (tenant.length() > MAX_TENANT_LENGTH) {
            return new SubmissionOutcome.Rejected(List.of(new FieldError("tenant",
                    "is longer than " + MAX_TENANT_LENGTH + " characters")));
        }
        String fingerprint = fingerprints.of(order);
        Optional<Order> earlier = requestId == null ? Optional.empty() : orders.findByRequestId(tenant, requestId);
        if (earlier.isPresent()) {
            return fingerprint.equals(earlier.get().requestFingerprint())
                    ? new SubmissionOutcome.Accepted(earlier.get().id(), earlier.get().status(), true)
                    : new SubmissionOutcome.Conflict(earlier.get().id());
        }
        ValidationResult result = validator.validate(order, fieldPrefix);
        if (result instanceof ValidationResult.Invalid invalid) {
            return new SubmissionOutcome.Rejected(invalid.errors());
        }
        Order stored = store(tenant, (ValidationResult.Valid) result, requestId, fingerprint, channel);
        return new SubmissionOutcome.Accepted(stored.id(), stored.status(), false);
    }

    private Order store(String tenant, ValidationResult.Valid valid, @Nullable String requestId,
                        String fingerprint, OrderChannel channel) {
        Order order = orders.save(Order.accept(UUID.randomUUID(), tenant, requestId, fingerprint, valid.order(),
                null, clock.instant()));
        timeline.save(TimelineEntry.of(order, order.createdAt(), "Order accepted"));
        outbox.append(OrderRequested.of(SOURCE, order.id(), requestId, valid.order(), null, null, channel,
                valid.facts()).forTenant(tenant));
        return order;
    }
}
