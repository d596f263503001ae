package io.certflow.gateway.placement;

import io.certflow.events.CertificateType;
import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
import io.certflow.gateway.collection.CollectionLedger;
import io.certflow.gateway.dcv.DcvInstructions;
import io.certflow.gateway.sectigo.AutoApplyRequest;
import io.certflow.gateway.sectigo.ErrorKind;
import io.certflow.gateway.sectigo.PlacementAnswer;
import io.certflow.gateway.sectigo.SectigoError;
import io.certflow.gateway.sectigo.SectigoOrder;
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
    public void record(Placement claimed, PlacementAnswer answer) {
        Placement current = placements.findById(claimed.orderId()).orElseThrow();
        if (!current.isAttempt(claimed)) {
            return;
        }
        Instant now = clock.instant();
        if (answer.isPlaced()) {
            placed(current, answer.order(), now);
            return;
        }
        Optional<Instant> retry = answer.error().kind() == ErrorKind.TRANSIENT
                ? settings.retries().nextAttempt(current.attempts(), now) : Optional.empty();
        if (retry.isPresent()) {
            placements.update(current.retryAt(retry.get(), answer.error().message(), now));
        } else {
            failed(current, answer.error(), now);
        }
    }

    private void placed(Placement current, SectigoOrder order, Instant now) {
        if (order.awaitsAuthorization()) {
            placements.update(current.awaitAuthorization(order.orderNumber(), now));
            return;
        }
        placements.update(current.place(order.orderNumber(), now));
        CertificateType type = current.details().type();
        String uniqueValue = type == CertificateType.SMIME ? null : uniqueValue(current, order);
        outbox.append(OrderPlaced.of(SOURCE, current.orderId(), order.orderNumber(), order.certificateId(),
                order.cost(), order.currency(), uniqueValue,
                DcvInstructions.of(current.details(), current.dcvFacts(), uniqueValue), current.replacesOrderId()));
        collections.track(current.orderId(), order.orderNumber(), type, now);
    }

    /** The request token the DCV values derive from: Sectigo's if it named one, else the order's own. */
    private static String uniqueValue(Placement current, SectigoOrder order) {
        return order.uniqueValue() != null ? order.uniqueValue() : AutoApplyRequest.uniqueValueOf(current.orderId());
    }

    private void failed(Placement current, SectigoError error, Instant now) {
        boolean exhausted = error.kind() != ErrorKind.PERMANENT;
        FailureReason reason = exhausted ? FailureReason.RETRIES_EXHAUSTED : error.reason();
        String message = exhausted ? "Sectigo could not be reached after " + current.attempts() + " attempts; last: "
                + error.message() : error.message();
        placements.update(current.fail(reason, message, now));
        outbox.append(OrderFailed.of(SOURCE, current.orderId(), reason, message, error.field(),
                error.providerCode()));
    }
}
