package io.certflow.gateway.revocation;

import io.certflow.events.OrderRevocationRequested;
import io.certflow.gateway.placement.PlacementProperties;
import io.certflow.messaging.inbox.IdempotentConsumer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The work queue of revocations. One per order: a redelivered request, or a second request for an
 * order already being (or already) revoked, adds nothing.
 */
@Singleton
public class RevocationLedger {

    static final String CONSUMER = "sectigo-gateway.revocation";

    private final RevocationRepository revocations;
    private final IdempotentConsumer guard;
    private final PlacementProperties settings;
    private final Clock clock;

    public RevocationLedger(RevocationRepository revocations, IdempotentConsumer guard, PlacementProperties settings,
                            Clock clock) {
        this.revocations = revocations;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void record(OrderRevocationRequested event) {
        guard.handleOnce(CONSUMER, event, () -> {
            if (!revocations.existsById(event.orderId())) {
                revocations.save(Revocation.request(event.orderId(), event.metadata().eventId(), event.reason(),
                        event.comment(), clock.instant()));
            }
        });
    }

    @Transactional
    public List<Revocation> claimDue() {
        Instant now = clock.instant();
        return revocations.findDueForUpdate(now, settings.batchSize()).stream()
                .map(r -> revocations.update(r.claim(now, settings.lease()))).toList();
    }
}
