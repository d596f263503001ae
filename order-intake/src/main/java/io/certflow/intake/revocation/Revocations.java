package io.certflow.intake.revocation;

import io.certflow.access.Caller;
import io.certflow.events.FieldError;
import io.certflow.events.OrderRevocationRequested;
import io.certflow.events.RevocationReason;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderRepository;
import io.certflow.intake.order.OrderStateException;
import io.certflow.intake.order.TimelineEntry;
import io.certflow.intake.order.TimelineRepository;
import io.certflow.intake.submission.OrderSubmissions;
import io.certflow.intake.support.ConflictRetry;
import io.certflow.intake.support.RequestOutcome;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks for an issued certificate's revocation: the pending revocation, a timeline entry and
 * {@code order.revocation-requested} commit in one transaction. Asking again while Sectigo has not
 * confirmed answers the same and publishes nothing; the order becomes REVOKED when Sectigo confirms
 * ({@code certificate.revoked} or a {@code revoked} push). After {@code order.revocation-failed} the
 * next request is a new one and is published again.
 */
@Singleton
public class Revocations {

    static final int MAX_COMMENT_LENGTH = 256;

    private final OrderRepository orders;
    private final TimelineRepository timeline;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public Revocations(OrderRepository orders, TimelineRepository timeline, Outbox outbox, Clock clock,
                       TransactionOperations<Connection> transactions) {
        this.orders = orders;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** For an order {@code caller} may see; any other answers {@link RequestOutcome.NotFound} and changes nothing. */
    public RequestOutcome request(Caller caller, UUID orderId, @Nullable String reason, @Nullable String comment) {
        return ConflictRetry.retryOnce(() -> transactions.executeWrite(
                status -> attempt(caller, orderId, reason, comment)));
    }

    private RequestOutcome attempt(Caller caller, UUID orderId, String reason, String comment) {
        Optional<Order> found = orders.findById(orderId).filter(order -> order.isVisibleTo(caller));
        if (found.isEmpty()) {
            return new RequestOutcome.NotFound(orderId);
        }
        List<FieldError> errors = check(reason, comment);
        if (!errors.isEmpty()) {
            return new RequestOutcome.Invalid(errors);
        }
        Order order = found.get();
        try {
            Order asked = order.requestRevocation(RevocationReason.valueOf(reason), comment, clock.instant());
            if (asked != order) {
                record(orders.update(asked));
            }
            return new RequestOutcome.Accepted(asked.id(), asked.status());
        } catch (OrderStateException e) {
            return new RequestOutcome.Conflict(e.getMessage(), order.id());
        }
    }

    private void record(Order order) {
        var revocation = order.revocation();
        timeline.save(TimelineEntry.of(order, revocation.requestedAt(), "Revocation requested ("
                + revocation.reason() + ")"));
        outbox.append(OrderRevocationRequested.of(OrderSubmissions.SOURCE, order.id(), revocation.reason(),
                revocation.comment()));
    }

    private static List<FieldError> check(String reason, String comment) {
        List<FieldError> errors = new ArrayList<>();
        List<String> allowed = Arrays.stream(RevocationReason.values()).map(Enum::name).toList();
        if (reason == null) {
            errors.add(new FieldError("reason", "is required: one of " + allowed));
        } else if (!allowed.contains(reason)) {
            errors.add(new FieldError("reason", "'" + reason + "' is not one of " + allowed));
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            errors.add(new FieldError("comment", "is longer than " + MAX_COMMENT_LENGTH + " characters"));
        }
        return errors;
    }
}
