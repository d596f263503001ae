package io.certflow.gateway.revocation;

import io.certflow.events.FailureReason;
import io.certflow.gateway.placement.Placement;
import io.certflow.gateway.placement.PlacementRepository;
import io.certflow.gateway.sectigo.ErrorKind;
import io.certflow.gateway.sectigo.RevocationAnswer;
import io.certflow.gateway.sectigo.SectigoError;
import io.certflow.gateway.sectigo.SectigoRevocations;
import io.certflow.gateway.workqueue.ClaimedWork;
import io.certflow.gateway.workqueue.Lane;
import io.certflow.gateway.workqueue.WorkKind;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Revocation as work for the dispatcher, in the first lane: finds the order's Sectigo number in the
 * placement ledger and calls {@code !AutoRevokeSSL}. An order the gateway never placed is refused;
 * one still being placed waits.
 */
@Singleton
public class RevocationWork implements WorkKind {

    private final RevocationLedger ledger;
    private final PlacementRepository placements;
    private final SectigoRevocations sectigo;
    private final RevocationOutcomes outcomes;
    private final RevocationProperties settings;

    public RevocationWork(RevocationLedger ledger, PlacementRepository placements, SectigoRevocations sectigo,
                          RevocationOutcomes outcomes, RevocationProperties settings) {
        this.ledger = ledger;
        this.placements = placements;
        this.sectigo = sectigo;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "revocation";
    }

    @Override
    public List<Lane> lanes() {
        return List.of(Lane.REVOCATION);
    }

    @Override
    public Duration lease() {
        return settings.lease();
    }

    @Override
    public List<ClaimedWork> claim(Lane lane, int limit, String holder, Instant now) {
        return ledger.claimDue(limit, now).stream()
                .map(claimed -> ClaimedWork.of(this, claimed.orderId(), claimed.leaseUntil(), () -> attempt(claimed)))
                .toList();
    }

    private void attempt(Revocation claimed) {
        Optional<Placement> placement = placements.findById(claimed.orderId());
        String number = placement.filter(Placement::isPlaced).map(Placement::sectigoOrderNumber).orElse(null);
        RevocationAnswer answer = number != null ? sectigo.revoke(claimed.orderId(), number, claimed.reason(),
                claimed.comment()) : RevocationAnswer.failed(notPlaced(placement));
        outcomes.record(claimed, number, answer);
    }

    private static SectigoError notPlaced(Optional<Placement> placement) {
        if (placement.isEmpty()) {
            return refused("the order is unknown to the gateway");
        }
        if (placement.get().hasFailed()) {
            return refused("the order was never placed with Sectigo");
        }
        return SectigoError.transientFailure("the order is not placed with Sectigo yet");
    }

    private static SectigoError refused(String message) {
        return new SectigoError(ErrorKind.PERMANENT, FailureReason.INVALID_REQUEST, message, null, null);
    }
}
