package io.certflow.gateway.placement;

import io.certflow.gateway.sectigo.ErrorKind;
import io.certflow.gateway.sectigo.PlacementAnswer;
import io.certflow.gateway.sectigo.SectigoProperties;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Works off the ledger: claims due rows, calls Sectigo outside any database transaction (under the
 * client's rate limit), then records each outcome. A row whose attempt crashes stays claimed until
 * its lease ends and is then tried again with the same foreignOrderNumber, which Sectigo refuses to
 * order twice. A claimed row whose lease could end before a call's timeout is left for a later claim,
 * so that no other worker takes it up while this one may still be calling.
 */
@Singleton
public class PlacementWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementWorker.class);

    private final Ledger ledger;
    private final PlacementAttempts attempts;
    private final PlacementOutcomes outcomes;
    private final PlacementProperties settings;
    private final SectigoProperties sectigoSettings;
    private final Clock clock;

    public PlacementWorker(Ledger ledger, PlacementAttempts attempts, PlacementOutcomes outcomes,
                           PlacementProperties settings, SectigoProperties sectigoSettings, Clock clock) {
        this.ledger = ledger;
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.settings = settings;
        this.sectigoSettings = sectigoSettings;
        this.clock = clock;
        if (settings.lease().compareTo(sectigoSettings.timeout().multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("gateway.placement.lease (" + settings.lease()
                    + ") must exceed twice sectigo.timeout (" + sectigoSettings.timeout() + ")");
        }
    }

    @Scheduled(fixedDelay = "${gateway.placement.poll-interval}", initialDelay = "${gateway.placement.poll-interval}")
    void workOffDueRows() {
        for (Placement claimed : ledger.claimDue()) {
            attempt(claimed);
        }
    }

    private void attempt(Placement claimed) {
        if (clock.instant().plus(sectigoSettings.timeout().multipliedBy(2)).isAfter(claimed.leaseUntil())) {
            return;
        }
        try {
            PlacementAnswer answer = attempts.attempt(claimed);
            if (isLastAttemptWithoutAnswer(claimed, answer)) {
                answer = attempts.lastLook(claimed, answer.error());
            }
            outcomes.record(claimed, answer);
        } catch (RuntimeException e) {
            LOG.warn("{} attempt {} of order {} failed ({}); retried when its lease ends", claimed.step(),
                    claimed.attempts(), claimed.orderId(), e.getClass().getName());
        }
    }

    private boolean isLastAttemptWithoutAnswer(Placement claimed, PlacementAnswer answer) {
        return !answer.isPlaced() && answer.error().kind() == ErrorKind.TRANSIENT
                && claimed.attempts() >= settings.maxAttempts();
    }
}
