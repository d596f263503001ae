package io.certflow.intake.replacement;

import io.certflow.access.Caller;
import io.certflow.events.FieldError;
import io.certflow.events.OrderChannel;
import io.certflow.events.OrderDetails;
import io.certflow.events.OrderRequested;
import io.certflow.intake.order.Order;
import io.certflow.intake.order.OrderRepository;
import io.certflow.intake.order.OrderStatus;
import io.certflow.intake.order.TimelineEntry;
import io.certflow.intake.order.TimelineRepository;
import io.certflow.intake.submission.Fingerprints;
import io.certflow.intake.submission.OrderSubmissions;
import io.certflow.intake.support.ConflictRetry;
import io.certflow.intake.support.RequestOutcome;
import io.certflow.intake.validation.OrderValidator;
import io.certflow.intake.validation.ValidationResult;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replaces an issued order's certificate: the old order's details with a new CSR, validated like a
 * new order, become a new order of the same tenant that names the old one; the new order, the old
 * one's link to it, both timelines and {@code order.requested} commit in one transaction. A request
 * id makes a retry answer the first replacement; while one replacement is under way a second is
 * refused.
 */
@Singleton
public class Replacements {

    private final OrderValidator validator;
    private final OrderRepository orders;
    private final TimelineRepository timeline;
    private final Outbox outbox;
    private final Fingerprints fingerprints;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    public Replacements(OrderValidator validator, OrderRepository orders, TimelineRepository timeline, Outbox outbox,
                        Fingerprints fingerprints, Clock clock, TransactionOperations<Connection> transactions) {
        this.validator = validator;
        this.orders = orders;
        this.timeline = timeline;
        this.outbox = outbox;
        this.fingerprints = fingerprints;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** For an order {@code caller} may see; any other answers {@link RequestOutcome.NotFound} and changes nothing. */
    public RequestOutcome replace(Caller caller, UUID orderId, @Nullable String csr, boolean revokeReplaced,
                                  @Nullable String requestId) {
        return ConflictRetry.retryOnce(() -> transactions.executeWrite(
                status -> attempt(caller, orderId, csr, revokeReplaced, requestId)));
    }

    private RequestOutcome attempt(Caller caller, UUID orderId, String csr, boolean revokeReplaced,
                                   String requestId) {
        if (requestId != null && requestId.length() > OrderSubmissions.MAX_REQUEST_ID_LENGTH) {
            return new RequestOutcome.Invalid(List.of(new FieldError("requestId",
                    "is longer than " + OrderSubmissions.MAX_REQUEST_ID_LENGTH + " characters")));
        }
        Optional<Order> found = orders.findById(orderId).filter(order -> order.isVisibleTo(caller));
        if (found.isEmpty()) {
            return new RequestOutcome.NotFound(orderId);
        }
        OrderDetails details = found.get().details().toBuilder().csr(csr).build();
        String fingerprint = fingerprints.ofReplacement(details, orderId, revokeReplaced);
        Optional<RequestOutcome> answered = earlierAnswer(found.get().tenant(), requestId, fingerprint)
                .or(() -> refusal(found.get()));
        if (answered.isPresent()) {
            return answered.get();
        }
        ValidationResult result = validator.validate(details, "");
        if (result instanceof ValidationResult.Invalid invalid) {
            return new RequestOutcome.Invalid(invalid.errors());
        }
        return store(found.get(), (ValidationResult.Valid) result, requestId, fingerprint, revokeReplaced);
    }

    /** Request ids are the tenant's own: a replacement is filed under the replaced order's tenant. */
    private Optional<RequestOutcome> earlierAnswer(@Nullable String tenant, @Nullable String requestId,
                                                   String fingerprint) {
        return Optional.ofNullable(requestId).flatMap(id -> orders.findByRequestId(tenant, id)).map(earlier ->
                fingerprint.equals(earlier.requestFingerprint())
                        ? new RequestOutcome.Accepted(earlier.id(), earlier.status())
                        : new RequestOutcome.Conflict("This request id was already used for a different order",
                        earlier.id()));
    }

    private Optional<RequestOutcome> refusal(Order old) {
        if (old.status() != OrderStatus.ISSUED) {
            return Optional.of(new RequestOutcome.Conflict("Order " + old.id() + " is " + old.status()
                    + "; only an ISSUED order can be replaced", old.id()));
        }
        return Optional.ofNullable(old.replacedByOrderId()).flatMap(orders::findById)
                .filter(pending -> pending.status().isInProgress())
                .map(pending -> new RequestOutcome.Conflict("Order " + old.id() + " is already being replaced by order "
                        + pending.id() + " (" + pending.status() + ")", pending.id()));
    }

    private RequestOutcome store(Order old, ValidationResult.Valid valid, @Nullable String requestId,
                                 String fingerprint, boolean revokeReplaced) {
        Instant now = clock.instant();
        Order replacement = orders.save(Order.accept(UUID.randomUUID(), old.tenant(), requestId, fingerprint,
                valid.order(), old.id(), now));
        Order replaced = orders.update(old.replacedBy(replacement.id(), now));
        timeline.save(TimelineEntry.of(replacement, now, "Order accepted as the replacement of order " + old.id()));
        timeline.save(TimelineEntry.of(replaced, now, "Replacement requested: order " + replacement.id()
                + (revokeReplaced ? "; this certificate is to be revoked once the new one is issued" : "")));
        outbox.append(OrderRequested.of(OrderSubmissions.SOURCE, replacement.id(), requestId, valid.order(), old.id(),
                revokeReplaced, OrderChannel.API, valid.facts()).forTenant(old.tenant()));
        return new RequestOutcome.Accepted(replacement.id(), replacement.status());
    }
}
