package io.certflow.gateway.placement;

import io.certflow.events.OrderChannel;
import io.certflow.gateway.ca.OrderOutcome;
import io.certflow.gateway.ca.Unknown;
import io.certflow.gateway.workqueue.ClaimedWork;
import io.certflow.gateway.workqueue.Lane;
import io.certflow.gateway.workqueue.WorkKind;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Placement as work for the dispatcher: API orders in the interactive lane, submissions in the bulk
 * lane. One attempt makes the row's step, then records the outcome. A row whose attempt crashed is
 * tried again after its lease with the same foreignOrderNumber, which Sectigo refuses to order twice.
 */
@Singleton
public class PlacementWork implements WorkKind {

    private final Ledger ledger;
    private final PlacementAttempts attempts;
    private final PlacementOutcomes outcomes;
    private final PlacementProperties settings;

    public PlacementWork(Ledger ledger, PlacementAttempts attempts, PlacementOutcomes outcomes,
                         PlacementProperties settings) {
        this.ledger = ledger;
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "placement";
    }

    @Override
    public List<Lane> lanes() {
        return List.of(Lane.INTERACTIVE, Lane.BULK);
    }

    @Override
    public Duration lease() {
        return settings.lease();
    }

    @Override
    public List<ClaimedWork> claim(Lane lane, int limit, String holder, Instant now) {
        OrderChannel channel = lane == Lane.BULK ? OrderChannel.SUBMISSION : OrderChannel.API;
        return ledger.claimDue(channel, limit, now).stream()
                .map(claimed -> ClaimedWork.of(this, claimed.orderId(), claimed.leaseUntil(), () -> attempt(claimed)))
                .toList();
    }

    private void attempt(Placement claimed) {
        OrderOutcome outcome = attempts.attempt(claimed);
        if (outcome instanceof Unknown unknown && settings.retries().isLastAttempt(claimed.attempts())) {
            outcome = attempts.lastLook(claimed, unknown);
        }
        outcomes.record(claimed, outcome);
    }
}
