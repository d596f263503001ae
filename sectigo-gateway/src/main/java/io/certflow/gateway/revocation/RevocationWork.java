package io.certflow.gateway.revocation;

import io.certflow.gateway.ca.CertificateAuthority;
import io.certflow.gateway.ca.Refused;
import io.certflow.gateway.ca.RevocationOutcome;
import io.certflow.gateway.ca.Setback;
import io.certflow.gateway.ca.Unknown;
import io.certflow.gateway.placement.Placement;
import io.certflow.gateway.placement.PlacementRepository;
import io.certflow.gateway.workqueue.ClaimedWork;
import io.certflow.gateway.workqueue.Lane;
import io.certflow.gateway.workqueue.WorkKind;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Revocation as work for the dispatcher, in the first lane: finds the order's CA number in the
 * placement ledger and asks the CA to revoke it. An order the gateway never placed is refused;
 * one still being placed waits.
 */
@Singleton
public class RevocationWork implements WorkKind {

    private final RevocationLedger ledger;
    private final PlacementRepository placements;
    private final CertificateAuthority ca;
    private final RevocationOutcomes outcomes;
    private final RevocationProperties settings;

    public RevocationWork(RevocationLedger ledger, PlacementRepository placements, CertificateAuthority ca,
                          RevocationOutcomes outcomes, RevocationProperties settings) {
        this.ledger = ledger;
        this.placements = placements;
        this.ca = ca;
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
        RevocationOutcome outcome = number != null ? ca.revoke(claimed.orderId(), number, claimed.reason(),
                claimed.comment()) : notPlaced(placement);
        outcomes.record(claimed, number, outcome);
    }

    private static Setback notPlaced(Optional<Placement> placement) {
        if (placement.isEmpty()) {
            return refused("the order is unknown to the gateway");
        }
        if (placement.get().hasFailed()) {
            return refused("the order was never placed with Sectigo");
        }
        return Unknown.because("the order is not placed with Sectigo yet");
    }

    private static Refused refused(String message) {
        return Refused.invalid(message, null);
    }
}
