package io.certflow.gateway.revocation;

import io.certflow.events.FailureReason;
import io.certflow.gateway.placement.Placement;
import io.certflow.gateway.placement.PlacementRepository;
import io.certflow.gateway.sectigo.ErrorKind;
import io.certflow.gateway.sectigo.RevocationAnswer;
import io.certflow.gateway.sectigo.SectigoError;
import io.certflow.gateway.sectigo.SectigoProperties;
import io.certflow.gateway.sectigo.SectigoRevocations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * Works off the revocation ledger: claims due rows, finds each order's Sectigo number in the placement
 * ledger and calls {@code !AutoRevokeSSL} outside any transaction. An order the gateway never placed
 * is refused; one still being placed waits. Same lease rule as placement: a row is only called if its
 * lease outlasts twice the call timeout.
 */
@Singleton
public class RevocationWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationWorker.class);

    private final RevocationLedger ledger;
    private final PlacementRepository placements;
    private final SectigoRevocations sectigo;
    private final RevocationOutcomes outcomes;
    private final SectigoProperties sectigoSettings;
    private final Clock clock;

    public RevocationWorker(RevocationLedger ledger, PlacementRepository placements, SectigoRevocations sectigo,
                            RevocationOutcomes outcomes, SectigoProperties sectigoSettings, Clock clock) {
        this.ledger = ledger;
        this.placements = placements;
        this.sectigo = sectigo;
        this.outcomes = outcomes;
        this.sectigoSettings = sectigoSettings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${gateway.placement.poll-interval}", initialDelay = "${gateway.placement.poll-interval}")
    void workOffDueRows() {
        for (Revocation claimed : ledger.claimDue()) {
            attempt(claimed);
        }
    }

    private void attempt(Revocation claimed) {
        if (clock.instant().plus(sectigoSettings.timeout().multipliedBy(2)).isAfter(claimed.leaseUntil())) {
            return;
        }
        try {
            Optional<Placement> placement = placements.findById(claimed.orderId());
            String number = placement.filter(Placement::isPlaced).map(Placement::sectigoOrderNumber).orElse(null);
            RevocationAnswer answer = number != null ? sectigo.revoke(claimed.orderId(), number, claimed.reason(),
                    claimed.comment()) : RevocationAnswer.failed(notPlaced(placement));
            outcomes.record(claimed, number, answer);
        } catch (RuntimeException e) {
            LOG.warn("revocation attempt {} of order {} failed ({}); retried when its lease ends",
                    claimed.attempts(), claimed.orderId(), e.getClass().getName());
        }
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
