package io.certflow.gateway.placement;

import io.certflow.events.FailureReason;
import io.certflow.events.OrderFailed;
import io.certflow.events.OrderPlaced;
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

/**
 * Records what came of one attempt and, for a final outcome, its event: the ledger row and the
 * outbox row commit together (DESIGN.md rule 1). An attempt whose lease was lost to another worker
 * records nothing: that worker's outcome counts.
 */
@Singleton
public class PlacementOutcomes {

    static final String SOURCE = "sectigo-gateway";

    private final PlacementRepository placements;
    private final Outbox outbox;
    private final PlacementProperties settings;
    private final Clock clock;

    public PlacementOutcomes(PlacementRepository placements, Outbox outbox, PlacementProperties settings,
                             Clock clock) {
        this.placements = placements;
        this.outbox = outbox;
        this.settings = settings;
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
        } else if (answer.error().kind() == ErrorKind.TRANSIENT && current.attempts() < settings.maxAttempts()) {
            placements.update(current.retryAt(now.plus(settings.backoffAfter(current.attempts())),
                    answer.error().message(), now));
        } else {
            failed(current, answer.error(), now);
        }
    }

    private void placed(Placement current, SectigoOrder order, Instant now) {
        placements.update(current.place(order.orderNumber(), now));
        String uniqueValue = order.uniqueValue() != null ? order.uniqueValue()
                : AutoApplyRequest.uniqueValueOf(current.orderId());
        outbox.append(OrderPlaced.of(SOURCE, current.orderId(), order.orderNumber(), order.certificateId(),
                order.cost(), order.currency(), uniqueValue, DcvInstructions.of(current.details(), uniqueValue),
                current.replacesOrderId()));
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
