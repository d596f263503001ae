package io.certflow.gateway.placement;

import io.certflow.events.CertificateType;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.gateway.collection.CollectionLedger;
import io.certflow.gateway.dcv.DcvInstructions;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Placed;
import io.certflow.gateway.ca.Refused;
import io.certflow.gateway.ca.Setback;
import io.certflow.gateway.ca.Unknown;
import io.certflow.messaging.outbox.Outbox;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records what came of one attempt and, for a final outcome, its event: the ledger row and the
 * outbox row commit together (docs/architecture.md, "No dual writes: outbox and relay"). An S/MIME
 * order Sectigo holds for authorization moves on to that step instead; a placed order is handed to
 * collection in the same transaction. An attempt whose lease was lost to another worker records
 * nothing: that worker's outcome counts.
 */
@Singleton
public class PlacementOutcomes {

    static final String SOURCE = "sectigo-gateway";

    private final PlacementRepository placements;
    private final Outbox outbox;
    private final PlacementProperties settings;
    private final CollectionLedger collections;
    private final Clock clock;

    public PlacementOutcomes(PlacementRepository placements, Outbox outbox, PlacementProperties settings,
                             CollectionLedger collections, Clock clock) {
        this.placements = placements;
        this.outbox = outbox;
        this.settings = settings;
        this.collections = collections;
        this.clock = clock;
    }

    @Transactional
    public void record(Placement claimed, OrderOutcome outcome) {
        Placement current = placements.findById(claimed.orderId()).orElseThrow();
        if (!current.isAttempt(claimed)) {
            return;
        }
        Instant now = clock.instant();
        if (outcome instanceof Placed order) {
            placed(current, order, now);
            return;
        }
        Setback setback = (Setback) outcome;
        Optional<Instant> retry = setback instanceof Unknown
                ? settings.retries().nextAttempt(current.attempts(), now) : Optional.empty();
        if (retry.isPresent()) {
            placements.update(current.retryAt(retry.get(), setback.message(), now));
        } else {
            failed(current, setback, now);
        }
    }

    private void placed(Placement current, Placed order, Instant now) {
        if (order.awaitsAuthorization()) {
            placements.update(current.awaitAuthorization(order.orderNumber(), now));
            return;
        }
        placements.update(current.place(order.orderNumber(), now));
        CertificateType type = current.details().type();
        String uniqueValue = type == CertificateType.SMIME ? null : order.uniqueValue();
        outbox.append(OrderPlaced.of(SOURCE, current.orderId(), order.orderNumber(), order.certificateId(),
                order.cost(), order.currency(), uniqueValue,
                DcvInstructions.of(current.details(), current.dcvFacts(), uniqueValue), current.replacesOrderId()));
        collections.track(current.orderId(), order.orderNumber(), type, now);
    }

    private void failed(Placement current, Setback setback, Instant now) {
        Refused refusal = setback instanceof Refused refused ? refused : null;
        FailureReason reason = refusal == null ? FailureReason.RETRIES_EXHAUSTED : refusal.reason();
        String message = refusal == null ? "Sectigo could not be reached after " + current.attempts()
                + " attempts; last: " + setback.message() : setback.message();
        placements.update(current.fail(reason, message, now));
        outbox.append(OrderFailed.of(SOURCE, current.orderId(), reason, message,
                refusal == null ? null : refusal.field(), setback.providerCode()));
    }
}
